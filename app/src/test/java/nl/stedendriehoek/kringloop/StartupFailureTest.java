package nl.stedendriehoek.kringloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import nl.stedendriehoek.kringloop.database.LoopbackPort;
import nl.stedendriehoek.kringloop.support.SeparateJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator reads when Kringloop cannot start: one clear reason, no stack trace. */
class StartupFailureTest {

  @TempDir Path workDirectory;

  @Test
  void wrongExternalDatabaseEndsStartupWithOneLineNamingUrlAndCause() throws Exception {
    // given
    String url = "jdbc:postgresql://127.0.0.1:" + LoopbackPort.free() + "/kringloop";

    // when
    try (SeparateJvm app =
        SeparateJvm.start(
            workDirectory,
            List.of("--spring.datasource.url=" + url, "--spring.datasource.username=kringloop", "--server.port=0", "--kringloop.gateway.grpc.port=0"))) {
      int exitCode = app.awaitExit(120);

      // then
      String console = app.output();
      assertThat(exitCode).isNotZero();
      assertThat(console)
          .contains("Cannot connect to PostgreSQL at " + url + ": Connection to 127.0.0.1:")
          .contains("refused")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void occupiedHttpPortEndsStartupWithOneLineNamingThePort() throws Exception {
    // given another program listening on the port
    try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        // when
        SeparateJvm app =
            SeparateJvm.start(
                workDirectory,
                List.of(
                    "--kringloop.data-dir=" + workDirectory.resolve("data"),
                    "--server.port=" + occupant.getLocalPort(),
                    "--kringloop.gateway.grpc.port=0",
                    "--kringloop.models.deploy=false"))) {
      int exitCode = app.awaitExit(180);

      // then
      String console = app.output();
      assertThat(exitCode).isNotZero();
      assertThat(console)
          .contains("Port " + occupant.getLocalPort() + " was already in use")
          .doesNotContain("\tat ");
    }
  }
}
