package nl.stedendriehoek.kringloop.gateway.management;

import java.util.List;
import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the engine's tables (not its Flyway history, not its key sequence, so keys stay unique)
 * and drops its caches. The engine has no purge command of its own yet, so this test-only helper
 * truncates the {@code engine} schema directly; it belongs in the engine once it has one.
 */
public class EngineDataPurge {

  private final JdbcTemplate jdbc;
  private final KringloopEngine engine;

  public EngineDataPurge(DataSource dataSource, KringloopEngine engine) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.engine = engine;
  }

  public void purge() {
    List<String> tables = jdbc.queryForList("""
        SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
        WHERE schemaname = 'engine' AND tablename NOT LIKE 'flyway%'""", String.class);
    if (!tables.isEmpty()) {
      jdbc.execute("TRUNCATE " + String.join(", ", tables));
    }
    engine.clearCaches();
  }
}
