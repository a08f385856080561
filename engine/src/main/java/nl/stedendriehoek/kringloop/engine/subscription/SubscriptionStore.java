package nl.stedendriehoek.kringloop.engine.subscription;

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

/**
 * Subscriptions and deliveries in PostgreSQL. Writes go straight to the database inside the
 * caller's transaction (not through the command's change set), so that a second look in the same
 * command (two catch events opened at once) already sees what the first one reserved.
 */
public final class SubscriptionStore {

  private static final TypeReference<Map<String, JsonNode>> VARIABLES = new TypeReference<>() {};

  private final JdbcClient jdbc;

  public SubscriptionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(EventSubscription s) {
    jdbc.sql("""
            INSERT INTO engine.event_subscription (key, kind, event_name, correlation_key, process_definition_key,
              bpmn_process_id, process_instance_key, element_instance_key, target_element_id, interrupting, state,
              created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(s.key(), s.kind().name(), s.eventName(), s.correlationKey(), s.processDefinitionKey(),
            s.bpmnProcessId(), s.processInstanceKey(), s.elementInstanceKey(), s.targetElementId(), s.interrupting(),
            s.state().name(), Sql.timestamp(s.createdAt()))
        .update();
  }

  public Optional<EventSubscription> get(long key) {
    return jdbc.sql("SELECT * FROM engine.event_subscription WHERE key = ?").param(key)
        .query(SubscriptionStore::subscription).optional();
  }

  /** The open subscriptions an element instance owns. */
  public List<EventSubscription> openOwnedBy(long elementInstanceKey) {
    return jdbc.sql("SELECT * FROM engine.event_subscription WHERE element_instance_key = ? AND state = 'OPEN'")
        .param(elementInstanceKey).query(SubscriptionStore::subscription).list();
  }

  /** Closes the open subscriptions an element instance owns; returns them (now closed). */
  public List<EventSubscription> closeOwnedBy(long elementInstanceKey) {
    return jdbc.sql("""
            UPDATE engine.event_subscription SET state = 'CLOSED'
            WHERE element_instance_key = ? AND state = 'OPEN' RETURNING *""")
        .param(elementInstanceKey).query(SubscriptionStore::subscription).list();
  }

  /** Closes the open start event subscriptions of a process (a new version replaces them). */
  public List<EventSubscription> closeStartEventSubscriptions(String bpmnProcessId) {
    return jdbc.sql("""
            UPDATE engine.event_subscription SET state = 'CLOSED'
            WHERE bpmn_process_id = ? AND process_instance_key IS NULL AND state = 'OPEN' RETURNING *""")
        .param(bpmnProcessId).query(SubscriptionStore::subscription).list();
  }

  /** Closes one open subscription. */
  public void close(long key) {
    jdbc.sql("UPDATE engine.event_subscription SET state = 'CLOSED' WHERE key = ? AND state = 'OPEN'")
        .param(key).update();
  }

  /** The open message start event subscriptions of a process. */
  public List<EventSubscription> openMessageStartEvents(String bpmnProcessId) {
    return jdbc.sql("""
            SELECT * FROM engine.event_subscription
            WHERE bpmn_process_id = ? AND kind = 'MESSAGE' AND process_instance_key IS NULL AND state = 'OPEN'
            ORDER BY key""")
        .param(bpmnProcessId).query(SubscriptionStore::subscription).list();
  }

  public void markCorrelated(long key) {
    jdbc.sql("UPDATE engine.event_subscription SET state = 'CORRELATED' WHERE key = ? AND state = 'OPEN'")
        .param(key).update();
  }

  /**
   * The open subscriptions for a message (instance subscriptions with the correlation key, then
   * message start events) or a signal ({@code correlationKey} null), oldest first.
   */
  public List<EventSubscription> openFor(EventSubscription.Kind kind, String name, String correlationKey) {
    if (correlationKey == null) {
      return jdbc.sql("""
              SELECT * FROM engine.event_subscription WHERE kind = ? AND event_name = ? AND state = 'OPEN'
              ORDER BY process_instance_key IS NULL, created_at, key""")
          .params(kind.name(), name).query(SubscriptionStore::subscription).list();
    }
    // two index lookups rather than one OR, so that many waiting keys of one name cost nothing here
    return jdbc.sql("""
            SELECT * FROM (
              SELECT * FROM engine.event_subscription
              WHERE kind = ? AND event_name = ? AND correlation_key = ? AND state = 'OPEN'
              UNION ALL
              SELECT * FROM engine.event_subscription
              WHERE kind = ? AND event_name = ? AND correlation_key IS NULL AND process_instance_key IS NULL
                AND state = 'OPEN') matching
            ORDER BY process_instance_key IS NULL, created_at, key""")
        .params(kind.name(), name, correlationKey, kind.name(), name)
        .query(SubscriptionStore::subscription).list();
  }

  /**
   * Serialises, per message name and correlation key, publishing against opening a subscription:
   * whichever commits second sees the other. Held until the transaction ends.
   */
  public void lockCorrelation(String name, String correlationKey) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('kringloop.message'), hashtext(length(?) || ':' || ? || ?))")
        .params(name, name, correlationKey).query((rs, i) -> 1).list();
  }

  /** Serialises message starts of one process and correlation key (one active instance per key). */
  public void lockMessageStart(String bpmnProcessId, String correlationKey) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('kringloop.message-start'), hashtext(length(?) || ':' || ? || ?))")
        .params(bpmnProcessId, bpmnProcessId, correlationKey).query((rs, i) -> 1).list();
  }

  // ---- deliveries ----

  /**
   * Records a delivery; false (and nothing written) when the message already went, or is on its
   * way, to that process.
   */
  public boolean insertDelivery(Delivery d, Instant now) {
    return jdbc.sql("""
            INSERT INTO engine.event_delivery (key, subscription_key, bpmn_process_id, process_instance_key,
              message_key, variables, state, created_at)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""")
        .params(d.key(), d.subscriptionKey(), d.bpmnProcessId(), d.processInstanceKey(), d.messageKey(),
            Sql.json(Sql.JSON.valueToTree(d.variables())), d.state().name(), Sql.timestamp(now))
        .update() == 1;
  }

  /** Locks a delivery that is still pending; empty when it was carried out (or rejected) already. */
  public Optional<Delivery> lockPending(long key) {
    return jdbc.sql("SELECT * FROM engine.event_delivery WHERE key = ? AND state = 'PENDING' FOR UPDATE")
        .param(key).query(SubscriptionStore::delivery).optional();
  }

  public void finish(long key, Delivery.State state, Long processInstanceKey) {
    jdbc.sql("""
            UPDATE engine.event_delivery SET state = ?, process_instance_key = coalesce(?, process_instance_key)
            WHERE key = ?""")
        .params(state.name(), processInstanceKey, key).update();
  }

  public List<Delivery> pending(int limit) {
    return jdbc.sql("SELECT * FROM engine.event_delivery WHERE state = 'PENDING' ORDER BY created_at, key LIMIT ?")
        .param(limit).query(SubscriptionStore::delivery).list();
  }

  public Optional<Instant> earliestPending() {
    return Optional.ofNullable(jdbc.sql("SELECT min(created_at) FROM engine.event_delivery WHERE state = 'PENDING'")
        .query((rs, i) -> Sql.instant(rs, "min")).list().get(0));
  }

  public Optional<Delivery> delivery(long key) {
    return jdbc.sql("SELECT * FROM engine.event_delivery WHERE key = ?").param(key)
        .query(SubscriptionStore::delivery).optional();
  }

  static EventSubscription subscription(ResultSet rs, int row) throws SQLException {
    return new EventSubscription(rs.getLong("key"), EventSubscription.Kind.valueOf(rs.getString("kind")),
        rs.getString("event_name"), rs.getString("correlation_key"), rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"), Sql.nullableLong(rs, "process_instance_key"),
        Sql.nullableLong(rs, "element_instance_key"), rs.getString("target_element_id"), rs.getBoolean("interrupting"),
        EventSubscription.State.valueOf(rs.getString("state")), Sql.instant(rs, "created_at"));
  }

  static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(rs.getLong("key"), rs.getLong("subscription_key"), rs.getString("bpmn_process_id"),
        Sql.nullableLong(rs, "process_instance_key"), Sql.nullableLong(rs, "message_key"),
        Sql.JSON.convertValue(Sql.readJson(rs.getString("variables")), VARIABLES),
        Delivery.State.valueOf(rs.getString("state")));
  }
}
