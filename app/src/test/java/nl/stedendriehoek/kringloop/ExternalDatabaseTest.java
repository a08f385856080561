package nl.stedendriehoek.kringloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import nl.stedendriehoek.kringloop.database.DatabaseUnreachableException;
import nl.stedendriehoek.kringloop.database.EmbeddedPostgresServer;
import nl.stedendriehoek.kringloop.support.DeployScript;
import nl.stedendriehoek.kringloop.database.LoopbackPort;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With SPRING_DATASOURCE_URL set, Kringloop uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest {

  @TempDir Path externalServerDirectory;
  @TempDir Path appDataDirectory;

  @Test
  void usesTheConfiguredPostgresPreparedByTheDeployScriptAndStartsNoEmbeddedOne() throws Exception {
    // given an operator's PostgreSQL, prepared with deploy/postgresql/create-database.sql
    try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(externalServerDirectory, 0, false)) {
      DeployScript.createDatabase(external, "geheim");
      String url = "jdbc:postgresql://localhost:" + external.port() + "/kringloop";
      // when
      try (KringloopInstance kringloop =
          KringloopInstance.start(
              Map.of(
                  "spring.datasource.url", url,
                  "spring.datasource.username", "kringloop",
                  "spring.datasource.password", "geheim",
                  "kringloop.data-dir", appDataDirectory.toString()))) {
      // then
      assertThat(kringloop.context().getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
      assertThat(appDataDirectory.resolve("postgres")).doesNotExist();
      assertThat(kringloop.jdbc().sql("SELECT current_setting('port')").query(Integer.class).single())
          .isEqualTo(external.port());
      assertThat(kringloop.jdbc().sql("SELECT count(*) FROM domain.theme").query(Long.class).single())
          .isEqualTo(6);
      assertThat(kringloop.jdbc().sql("SELECT count(*) FROM domain.participant").query(Long.class).single())
          .as("demo participants only exist in the embedded default")
          .isZero();
        assertThat(kringloop.jdbc().sql("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'engine'")
                .query(String.class).single())
            .isEqualTo("kringloop");
      }
    }
  }

  @Test
  void unreachableDatabaseStopsStartupWithTheUrlAndTheCause() {
    // given
    String url = "jdbc:postgresql://127.0.0.1:" + LoopbackPort.free() + "/kringloop";

    // when / then
    assertThatThrownBy(() -> KringloopInstance.start(Map.of("spring.datasource.url", url)))
        .rootCause()
        .isNotNull();
    assertThatThrownBy(() -> KringloopInstance.start(Map.of("spring.datasource.url", url)))
        .hasStackTraceContaining(DatabaseUnreachableException.class.getSimpleName())
        .hasStackTraceContaining("Cannot connect to PostgreSQL at " + url)
        .hasStackTraceContaining("Connection to 127.0.0.1:");
  }
}
