package nl.stedendriehoek.kringloop.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server started from the zonky binaries on a data directory that outlives the
 * process. It listens on loopback only, on a free port unless one is given, and runs with
 * PostgreSQL's durable defaults (fsync, synchronous_commit and full_page_writes on) unless a test
 * asks otherwise: zonky turns those off, which is fine for tests and wrong for data people keep.
 *
 * <p>Layout of the data directory: {@code kringloop.lock} (held while running) and {@code
 * postgres/} (the cluster).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  public static final String DATABASE = "kringloop";
  public static final String USER = "postgres";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final DataDirectoryLock lock;
  private final EmbeddedPostgres postgres;
  private final boolean durable;

  private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres, boolean durable) {
    this.lock = lock;
    this.postgres = postgres;
    this.durable = durable;
  }

  /**
   * Starts the server on {@code dataDirectory}, creating the cluster on first use.
   *
   * @param port the TCP port on loopback, or 0 for a free one
   * @param durable false only in tests that do not test durability
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) {
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
    try {
      Path cluster = dataDirectory.resolve("postgres");
      OrphanedPostmaster.stopIfRunning(cluster);
      EmbeddedPostgres postgres = builder(cluster, port == 0 ? LoopbackPort.free() : port, durable).start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(lock, postgres, durable);
      server.createDatabaseIfMissing();
      log.info(
          "Embedded PostgreSQL listens on localhost:{} with data in {} ({})",
          postgres.getPort(),
          cluster.toAbsolutePath().normalize(),
          durable
              ? "durable: fsync, synchronous_commit and full_page_writes on"
              : "NOT durable: fsync off, for tests only");
      return server;
    } catch (IOException e) {
      lock.close();
      throw new UncheckedIOException(
          "Cannot start embedded PostgreSQL in " + dataDirectory.toAbsolutePath() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static EmbeddedPostgres.Builder builder(Path cluster, int port, boolean durable) {
    String onOff = durable ? "on" : "off";
    return EmbeddedPostgres.builder()
        .setDataDirectory(cluster)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("listen_addresses", "localhost")
        .setServerConfig("fsync", onOff)
        .setServerConfig("synchronous_commit", onOff)
        .setServerConfig("full_page_writes", onOff)
        .setServerConfig("max_connections", "100");
  }


  private void createDatabaseIfMissing() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet exists =
            statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
      if (!exists.next()) {
        statement.execute("CREATE DATABASE " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  public int port() {
    return postgres.getPort();
  }

  public boolean durable() {
    return durable;
  }

  public Path dataDirectory() {
    return lock.directory();
  }

  /** Stops PostgreSQL (a fast shutdown that checkpoints) and releases the data directory. */
  @Override
  public void close() {
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    } finally {
      lock.close();
    }
  }
}
