package nl.stedendriehoek.kringloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Kringloop as one process: the engine and its gateway (the Camunda 8 API), the workers and the
 * console, on the embedded PostgreSQL unless {@code SPRING_DATASOURCE_URL} points elsewhere.
 *
 * <p>Lives in the root package so the workers' and console's components, entities and
 * repositories are found. The database, engine and gateway modules are not scanned: they wire
 * themselves by auto-configuration, conditionally (the engine and gateway stay off when the app
 * runs against a Camunda 8 cluster).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
      @ComponentScan.Filter(
          type = FilterType.REGEX,
          pattern = "nl\\.stedendriehoek\\.kringloop\\.(database|engine|gateway)\\..*")
    })
public class KringloopApplication {

  public static void main(String[] args) {
    SpringApplication.run(KringloopApplication.class, args);
  }
}
