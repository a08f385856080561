package nl.stedendriehoek.kringloop.gateway.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The embedded engine, its PostgreSQL and the gateway, as the app assembles them. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class GatewayTestApplication {}
