package nl.stedendriehoek.kringloop.engine.api;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads process instances' message subscriptions (those of message start events belong to no
 * instance and are not listed, as in Camunda 8's search) and the messages correlated to them.
 */
public final class MessageSubscriptionQueries {

  private final JdbcClient jdbc;

  public MessageSubscriptionQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The subscriptions of one process instance, or of all when {@code processInstanceKey} is null, oldest first. */
  public List<MessageSubscriptionView> messageSubscriptions(Long processInstanceKey) {
    return jdbc.sql("""
            SELECT * FROM engine.event_subscription
            WHERE kind = 'MESSAGE' AND process_instance_key IS NOT NULL
              AND process_instance_key BETWEEN ? AND ?
            ORDER BY created_at, key""")
        .params(from(processInstanceKey), to(processInstanceKey))
        .query((rs, i) -> new MessageSubscriptionView(rs.getLong("key"), rs.getLong("process_definition_key"),
            rs.getString("bpmn_process_id"), rs.getLong("process_instance_key"), rs.getString("target_element_id"),
            rs.getLong("element_instance_key"), rs.getString("event_name"), rs.getString("correlation_key"),
            switch (rs.getString("state")) {
              case "OPEN" -> "CREATED";
              case "CORRELATED" -> "CORRELATED";
              default -> "DELETED";
            }, Sql.instant(rs, "created_at")))
        .list();
  }

  /** The messages that reached one process instance (or any, when null), in the order they arrived. */
  public List<CorrelatedMessageView> correlatedMessages(Long processInstanceKey) {
    return jdbc.sql("""
            SELECT d.message_key, d.subscription_key, d.process_instance_key, d.created_at, s.process_definition_key,
              s.bpmn_process_id, s.target_element_id, s.element_instance_key, m.name, m.correlation_key
            FROM engine.event_delivery d
              JOIN engine.event_subscription s ON s.key = d.subscription_key
              JOIN engine.message m ON m.key = d.message_key
            WHERE d.state = 'DONE' AND d.process_instance_key BETWEEN ? AND ?
            ORDER BY d.created_at, d.key""")
        .params(from(processInstanceKey), to(processInstanceKey))
        .query((rs, i) -> new CorrelatedMessageView(rs.getLong("message_key"), rs.getLong("subscription_key"),
            rs.getLong("process_instance_key"), rs.getLong("process_definition_key"), rs.getString("bpmn_process_id"),
            rs.getString("target_element_id"), Sql.nullableLong(rs, "element_instance_key"), rs.getString("name"),
            rs.getString("correlation_key"), Sql.instant(rs, "created_at")))
        .list();
  }

  /** One instance's key, or the whole key range: a plain range keeps the index usable either way. */
  private static long from(Long processInstanceKey) {
    return processInstanceKey == null ? Long.MIN_VALUE : processInstanceKey;
  }

  private static long to(Long processInstanceKey) {
    return processInstanceKey == null ? Long.MAX_VALUE : processInstanceKey;
  }
}
