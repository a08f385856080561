package nl.stedendriehoek.kringloop.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The connection pool an engine under test runs on; the same for both engines. */
final class BenchDataSource {

  private BenchDataSource() {}

  static HikariDataSource pool(String jdbcUrl, int size) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(jdbcUrl);
    dataSource.setMaximumPoolSize(size);
    return dataSource;
  }

  /** PostgreSQL's statistics on a fresh schema would otherwise dominate the figures. */
  static void analyze(HikariDataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
    }
  }
}
