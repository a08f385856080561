package nl.stedendriehoek.kringloop.engine.state;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hands out Zeebe-style keys from {@code engine.key_sequence}. The sequence steps by {@link
 * #BLOCK}; one {@code nextval} reserves a whole block, so a command that creates ten rows costs at
 * most one round trip for keys. Keys lost in a crash leave gaps, which keys may have.
 */
public final class KeyGenerator {

  static final int BLOCK = 100;

  private final JdbcClient jdbc;
  private long next;
  private long limit;

  public KeyGenerator(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public synchronized long nextKey() {
    if (next == limit) {
      next = jdbc.sql("SELECT nextval('engine.key_sequence')").query(Long.class).single();
      limit = next + BLOCK;
    }
    return next++;
  }
}
