package nl.stedendriehoek.kringloop.engine.state;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Migrates the {@code engine} schema with its own Flyway history, independent of the domain
 * schema, so the engine can be upgraded (or replaced by a Camunda 8 cluster) on its own.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
public class EngineSchemaConfiguration {

  public static final String SCHEMA = "engine";

  @Bean(initMethod = "migrate")
  Flyway engineFlyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .createSchemas(true)
        .locations("classpath:db/engine")
        .load();
  }
}
