package nl.stedendriehoek.kringloop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import nl.stedendriehoek.kringloop.database.EmbeddedPostgresServer;

/**
 * Runs deploy/postgresql/create-database.sql the way psql would: {@code :password} substituted,
 * {@code \connect} switching the database, so the operator's script itself is what the test proves.
 */
public final class DeployScript {

  private static final Path SCRIPT = Path.of("..", "deploy", "postgresql", "create-database.sql");

  private DeployScript() {}

  public static void createDatabase(EmbeddedPostgresServer server, String password)
      throws IOException, SQLException {
    // The test server comes with a kringloop database; an operator's fresh server has none.
    run(server, "postgres", "DROP DATABASE IF EXISTS kringloop");
    String sql = Files.readString(SCRIPT).replace(":'password'", "'" + password + "'");
    String database = "postgres";
    StringBuilder batch = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (line.startsWith("\\connect ")) {
        run(server, database, batch.toString());
        batch.setLength(0);
        database = line.substring("\\connect ".length()).trim();
      } else if (!line.startsWith("--")) {
        batch.append(line).append('\n');
      }
    }
    run(server, database, batch.toString());
  }

  private static void run(EmbeddedPostgresServer server, String database, String statements)
      throws SQLException {
    String url = "jdbc:postgresql://localhost:" + server.port() + "/" + database;
    try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
        Statement statement = connection.createStatement()) {
      for (String single : statements.split(";")) {
        if (!single.isBlank()) {
          statement.execute(single);
        }
      }
    }
  }
}
