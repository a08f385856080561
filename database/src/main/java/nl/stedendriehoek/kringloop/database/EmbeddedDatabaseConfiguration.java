package nl.stedendriehoek.kringloop.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, Kringloop starts its
 * own PostgreSQL on the data directory ({@code KRINGLOOP_DATA_DIR}, default {@code ./data}) and
 * connects to it. With a URL set, this configuration stays out of the way and Spring Boot's
 * DataSource connects to the external server.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression(
    "'${spring.datasource.url:}'.isEmpty() and ${kringloop.database.embedded:true}")
public class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(
      @Value("${kringloop.data-dir:${KRINGLOOP_DATA_DIR:./data}}") Path dataDirectory,
      @Value("${kringloop.database.port:0}") int port,
      @Value("${kringloop.database.durable:true}") boolean durable) {
    return EmbeddedPostgresServer.start(dataDirectory, port, durable);
  }

  @Bean
  DataSource dataSource(
      EmbeddedPostgresServer server,
      @Value("${kringloop.database.pool-size:16}") int poolSize) {
    HikariDataSource dataSource =
        DataSourceBuilder.create()
            .type(HikariDataSource.class)
            .url(server.jdbcUrl())
            .username(EmbeddedPostgresServer.USER)
            .build();
    dataSource.setPoolName("kringloop");
    dataSource.setMaximumPoolSize(poolSize);
    return dataSource;
  }
}
