package nl.stedendriehoek.kringloop.bench.client;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The embedded engine, its PostgreSQL and the gateway, as the app assembles them, plus a server-time probe. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchApplication {

  @Bean
  ServerTimes serverTimes() {
    return new ServerTimes();
  }
}
