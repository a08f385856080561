package nl.stedendriehoek.kringloop.engine.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.database.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One embedded PostgreSQL per test JVM (not durable: these tests are not about power cuts), the
 * engine schema migrated once, and a way to wipe the engine's tables between tests.
 */
public final class TestDatabase {

  private static EmbeddedPostgresServer server;
  private static HikariDataSource dataSource;

  private TestDatabase() {}

  public static synchronized DataSource dataSource() {
    if (dataSource == null) {
      start();
    }
    return dataSource;
  }

  public static synchronized String jdbcUrl() {
    dataSource();
    return server.jdbcUrl();
  }

  private static void start() {
    try {
      Path dir = Files.createTempDirectory("kringloop-engine-test");
      server = EmbeddedPostgresServer.start(dir, 0, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dataSource = createPool(8, "kringloop-engine-test");
    Flyway.configure().dataSource(dataSource).schemas("engine").createSchemas(true)
        .locations("classpath:db/engine").load().migrate();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dataSource.close();
      server.close();
    }));
  }

  /** A separate pool on the same database (for tests that kill connections). */
  public static HikariDataSource newDataSource(int size) {
    return newDataSource(size, "kringloop-engine-test");
  }

  /** A pool whose connections carry {@code applicationName}, so a test can find and kill them. */
  public static HikariDataSource newDataSource(int size, String applicationName) {
    dataSource();
    return createPool(size, applicationName);
  }

  private static HikariDataSource createPool(int size, String applicationName) {
    HikariConfig config = new HikariConfig();
    config.addDataSourceProperty("ApplicationName", applicationName);
    config.setJdbcUrl(server.jdbcUrl());
    config.setUsername(EmbeddedPostgresServer.USER);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  /** Empties every engine table (keeps the key sequence running, like a real system). */
  public static void wipe() {
    new JdbcTemplate(dataSource()).execute("""
        TRUNCATE engine.process_instance, engine.timer, engine.job, engine.record, engine.incident,
          engine.user_task, engine.variable, engine.element_instance, engine.decision, engine.resource,
          engine.process_definition, engine.deployment, engine.message, engine.event_subscription,
          engine.event_delivery, engine.message_start""");
  }
}
