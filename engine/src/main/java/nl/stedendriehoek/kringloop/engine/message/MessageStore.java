package nl.stedendriehoek.kringloop.engine.message;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Published messages and the instances message start events created, in PostgreSQL. */
public final class MessageStore {

  private static final TypeReference<Map<String, JsonNode>> VARIABLES = new TypeReference<>() {};

  private final JdbcClient jdbc;

  public MessageStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Message m) {
    jdbc.sql("""
            INSERT INTO engine.message (key, name, correlation_key, message_id, variables, published_at, expires_at,
              state)
            VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
        .params(m.key(), m.name(), m.correlationKey(), m.messageId(), Sql.json(Sql.JSON.valueToTree(m.variables())),
            Sql.timestamp(m.publishedAt()), Sql.timestamp(m.expiresAt()), m.state().name())
        .update();
  }

  /** Whether a message with this name, correlation key and id is still buffered at {@code now}. */
  public boolean isBuffered(String name, String correlationKey, String messageId, Instant now) {
    return jdbc.sql("""
            SELECT count(*) FROM engine.message WHERE name = ? AND correlation_key = ? AND message_id = ?
              AND state = 'BUFFERED' AND expires_at > ?""")
        .params(name, correlationKey, messageId, Sql.timestamp(now)).query(Long.class).single() > 0;
  }

  /** Marks buffered messages whose time-to-live ended as EXPIRED (at most {@code limit}); returns them. */
  public List<Message> expire(Instant now, int limit) {
    return jdbc.sql("""
            UPDATE engine.message SET state = 'EXPIRED'
            WHERE key IN (SELECT key FROM engine.message WHERE state = 'BUFFERED' AND expires_at <= ?
                          ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING *""")
        .params(Sql.timestamp(now), limit).query(MessageStore::message).list();
  }

  public Optional<Instant> earliestExpiry() {
    return Optional.ofNullable(jdbc.sql("SELECT min(expires_at) FROM engine.message WHERE state = 'BUFFERED'")
        .query((rs, i) -> Sql.instant(rs, "min")).list().get(0));
  }

  /**
   * The oldest message buffered at {@code now} with this name and correlation key that has not
   * gone (and is not on its way) to process {@code bpmnProcessId}.
   */
  public Optional<Message> oldestBufferedFor(String name, String correlationKey, String bpmnProcessId, Instant now) {
    return jdbc.sql("""
            SELECT * FROM engine.message m
            WHERE m.name = ? AND m.correlation_key = ? AND m.state = 'BUFFERED' AND m.expires_at > ?
              AND NOT EXISTS (SELECT 1 FROM engine.event_delivery d WHERE d.message_key = m.key
                              AND d.bpmn_process_id = ? AND d.state <> 'REJECTED')
            ORDER BY m.published_at, m.key LIMIT 1""")
        .params(name, correlationKey, Sql.timestamp(now), bpmnProcessId).query(MessageStore::message).optional();
  }

  public Optional<Message> get(long key) {
    return jdbc.sql("SELECT * FROM engine.message WHERE key = ?").param(key).query(MessageStore::message).optional();
  }

  /** Whether an instance of the process that a message with this correlation key started is still active. */
  public boolean hasActiveMessageStartedInstance(String bpmnProcessId, String correlationKey) {
    return jdbc.sql("""
            SELECT count(*) FROM engine.message_start s JOIN engine.process_instance p ON p.key = s.process_instance_key
            WHERE s.bpmn_process_id = ? AND s.correlation_key = ? AND p.state = 'ACTIVE'""")
        .params(bpmnProcessId, correlationKey).query(Long.class).single() > 0;
  }

  /** The process id and correlation key of an instance a message start event created with a key, if it is one. */
  public Optional<String[]> messageStartOf(long processInstanceKey) {
    return jdbc.sql("SELECT bpmn_process_id, correlation_key FROM engine.message_start WHERE process_instance_key = ?")
        .param(processInstanceKey)
        .query((rs, i) -> new String[] {rs.getString("bpmn_process_id"), rs.getString("correlation_key")})
        .optional();
  }

  public void recordMessageStart(long processInstanceKey, String bpmnProcessId, String correlationKey) {
    jdbc.sql("INSERT INTO engine.message_start (process_instance_key, bpmn_process_id, correlation_key) VALUES (?, ?, ?)")
        .params(processInstanceKey, bpmnProcessId, correlationKey).update();
  }

  static Message message(ResultSet rs, int row) throws SQLException {
    return new Message(rs.getLong("key"), rs.getString("name"), rs.getString("correlation_key"),
        rs.getString("message_id"), Sql.JSON.convertValue(Sql.readJson(rs.getString("variables")), VARIABLES),
        Sql.instant(rs, "published_at"), Sql.instant(rs, "expires_at"), Message.State.valueOf(rs.getString("state")));
  }
}
