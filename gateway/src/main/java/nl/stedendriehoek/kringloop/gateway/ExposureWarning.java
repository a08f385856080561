package nl.stedendriehoek.kringloop.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The gateway has no authentication yet: says so loudly at start-up when REST or gRPC is bound to
 * anything but loopback, and when the test endpoints (clock, purge) are on.
 */
final class ExposureWarning implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(ExposureWarning.class);

  private final GatewayProperties properties;

  ExposureWarning(GatewayProperties properties) {
    this.properties = properties;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    String http = environment.getProperty("server.address", "0.0.0.0");
    if (!isLoopback(http)) {
      log.warn("The Camunda 8 REST API (/v2) is reachable on {} without authentication; bind server.address to "
          + "127.0.0.1 or put an authenticating proxy in front (see docs/compatibility.md)", http);
    }
    if (properties.grpc().enabled() && !isLoopback(properties.grpc().address())) {
      log.warn("The Zeebe gRPC gateway is reachable on {} without authentication; bind "
          + "kringloop.gateway.grpc.address to 127.0.0.1 or put an authenticating proxy in front",
          properties.grpc().address());
    }
    if (properties.testEndpoints()) {
      log.warn("Test endpoints are on (kringloop.gateway.test-endpoints=true): /actuator/clock moves the engine's "
          + "time and /actuator/cluster/purge deletes all engine data. Never in production.");
    }
  }

  static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
