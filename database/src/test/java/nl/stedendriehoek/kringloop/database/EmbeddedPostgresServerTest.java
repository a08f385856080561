package nl.stedendriehoek.kringloop.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's own settings. Recovery after a killed JVM needs a second process and is
 * proven end to end by the app's KilledInstanceTest.
 */
class EmbeddedPostgresServerTest {

  @TempDir Path dataDirectory;

  @Test
  void durableServerRunsWithFsyncSynchronousCommitAndFullPageWritesOn() throws SQLException {
    // given
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
      // then
      assertThat(setting(server, "fsync")).isEqualTo("on");
      assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
      assertThat(setting(server, "full_page_writes")).isEqualTo("on");
      assertThat(setting(server, "server_version_num")).startsWith("17");
    }
  }

  private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
    return query(server, "SELECT current_setting('" + name + "')");
  }

  private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

}
