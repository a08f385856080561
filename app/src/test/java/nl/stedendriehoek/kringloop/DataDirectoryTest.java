package nl.stedendriehoek.kringloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import nl.stedendriehoek.kringloop.database.DataDirectoryInUseException;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory outlives the process, and belongs to one instance at a time. */
class DataDirectoryTest {

  @TempDir Path dataDirectory;

  @Test
  void dataSurvivesARestartOnTheSameDataDirectory() {
    // given
    try (KringloopInstance first = KringloopInstance.startOn(dataDirectory)) {
      first.jdbc()
          .sql(
              "INSERT INTO domain.participant (username, display_name, email, password_hash)"
                  + " VALUES ('restart-proof', 'Blijft bewaard', 'r@example.org', 'x')")
          .update();
    }

    // when
    try (KringloopInstance second = KringloopInstance.startOn(dataDirectory)) {
      // then
      assertThat(
              second.jdbc()
                  .sql("SELECT display_name FROM domain.participant WHERE username = 'restart-proof'")
                  .query(String.class)
                  .single())
          .isEqualTo("Blijft bewaard");
      assertThat(second.jdbc().sql("SELECT count(*) FROM domain.municipality").query(Long.class).single())
          .as("reference data is seeded once, not again on restart")
          .isEqualTo(8);
      assertThat(
              second.jdbc()
                  .sql("SELECT count(*) FROM domain.participant WHERE username = 'kwartiermaker'")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void secondInstanceOnADataDirectoryInUseFailsWithAClearMessage() {
    // given
    try (KringloopInstance running = KringloopInstance.startOn(dataDirectory)) {
      // when / then
      assertThatThrownBy(() -> KringloopInstance.startOn(dataDirectory))
          .rootCause()
          .isInstanceOf(DataDirectoryInUseException.class)
          .hasMessageContaining(dataDirectory.toAbsolutePath().toString())
          .hasMessageContaining("in use by another Kringloop instance");

      // and the running instance is unharmed
      assertThat(running.jdbc().sql("SELECT count(*) FROM domain.theme").query(Long.class).single())
          .isEqualTo(6);
    }
  }
}
