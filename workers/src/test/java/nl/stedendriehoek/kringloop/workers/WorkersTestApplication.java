package nl.stedendriehoek.kringloop.workers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The workers and their domain on the embedded PostgreSQL, without a Camunda client: tests call the
 * {@code @JobWorker} methods directly. The clock is pinned to 9 January 2026, the day of the
 * advice, so deadlines in the tests are stable.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("nl.stedendriehoek.kringloop.workers")
public class WorkersTestApplication {

  public static final Instant TODAY = Instant.parse("2026-01-09T10:00:00Z");

  @Bean
  static BeanFactoryPostProcessor temporaryDataDirectory(ConfigurableEnvironment environment) {
    return TemporaryDataDirectory.installer(environment);
  }

  @Bean
  @Primary
  Clock testClock() {
    return Clock.fixed(TODAY, ZoneId.of("Europe/Amsterdam"));
  }
}
