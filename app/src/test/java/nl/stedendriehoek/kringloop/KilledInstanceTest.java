package nl.stedendriehoek.kringloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import nl.stedendriehoek.kringloop.database.LoopbackPort;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.support.SeparateJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.client.RestClient;

/**
 * A JVM killed without shutdown (kill -9) leaves its PostgreSQL running. The next start on the same
 * data directory stops that orphan, starts again, and finds every committed row.
 */
class KilledInstanceTest {

  @TempDir Path dataDirectory;

  @Test
  void restartAfterKillKeepsCommittedDataAndRecoversThePostgresLeftBehind() throws Exception {
    // given an instance that committed a row
    int httpPort = LoopbackPort.free();
    int databasePort = LoopbackPort.free();
    try (SeparateJvm app =
        SeparateJvm.start(
            dataDirectory,
            List.of(
                "--kringloop.data-dir=" + dataDirectory,
                "--server.port=" + httpPort,
                "--kringloop.gateway.grpc.port=0",
                "--kringloop.database.port=" + databasePort))) {
      RestClient http = RestClient.create("http://127.0.0.1:" + httpPort);
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .failFast("the app ended", () -> !app.isAlive())
          .until(() -> http.get().uri("/actuator/health").retrieve().body(String.class).contains("UP"));
      try (Connection connection =
              DriverManager.getConnection(
                  "jdbc:postgresql://localhost:" + databasePort + "/kringloop", "postgres", "");
          Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "INSERT INTO domain.participant (username, display_name, email, password_hash)"
                + " VALUES ('committed-before-kill', 'Vastgelegd', 'k@example.org', 'x')");
      }

      // when the JVM is killed
      app.kill();
    }

    // then a new start recovers
    try (KringloopInstance restarted = KringloopInstance.startOn(dataDirectory)) {
      assertThat(
              restarted.jdbc()
                  .sql("SELECT display_name FROM domain.participant WHERE username = 'committed-before-kill'")
                  .query(String.class)
                  .single())
          .isEqualTo("Vastgelegd");
    }
  }
}
