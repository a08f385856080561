package nl.stedendriehoek.kringloop.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Says loudly at start-up when the test endpoints (clock, purge) are on. (Exposure without
 * authentication is not a warning but a refused start: {@code auth.ApiAuthentication}.)
 */
final class ExposureWarning implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(ExposureWarning.class);

  private final GatewayProperties properties;

  ExposureWarning(GatewayProperties properties) {
    this.properties = properties;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (properties.testEndpoints()) {
      log.warn("Test endpoints are on (kringloop.gateway.test-endpoints=true): /actuator/clock moves the engine's "
          + "time and /actuator/cluster/purge deletes all engine data. Never in production.");
    }
  }
}
