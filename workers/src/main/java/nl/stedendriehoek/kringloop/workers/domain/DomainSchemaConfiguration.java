package nl.stedendriehoek.kringloop.workers.domain;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Migrates the {@code domain} schema (the system of record for the year's content) with its own
 * Flyway history, before JPA validates its entities against it.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
public class DomainSchemaConfiguration {

  public static final String SCHEMA = "domain";
  static final String FLYWAY_BEAN = "domainFlyway";

  @Bean(name = FLYWAY_BEAN, initMethod = "migrate")
  Flyway domainFlyway(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .createSchemas(true)
        .locations("classpath:db/domain")
        .load();
  }

  @Bean
  static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterDomainMigration() {
    return new EntityManagerFactoryDependsOnPostProcessor(FLYWAY_BEAN);
  }
}
