package nl.stedendriehoek.kringloop.engine.api;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads process instances' message subscriptions (those of message start events belong to no
 * instance and are not listed, as in Camunda 8's search).
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
              AND (?::bigint IS NULL OR process_instance_key = ?)
            ORDER BY created_at, key""")
        .params(processInstanceKey, processInstanceKey)
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
}
