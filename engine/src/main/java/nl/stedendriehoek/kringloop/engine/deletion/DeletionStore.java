package nl.stedendriehoek.kringloop.engine.deletion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL of resource deletion: what a key is, the locks a deletion takes, and marking rows deleted. */
final class DeletionStore {

  /** What a resource key names. */
  enum Kind {
    PROCESS,
    DMN,
    FORM
  }

  record DeletedProcess(long key, String bpmnProcessId, int version, String resourceName) {}

  record DeletedResource(long key, String resourceId, int version, String resourceName) {}

  record DeletedDecision(long key, String decisionId, int version) {}

  private final JdbcClient jdbc;

  DeletionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The kind of deployed (not deleted) resource {@code key} names, if any. */
  Optional<Kind> kindOf(long key) {
    return jdbc.sql("""
            SELECT 'PROCESS' FROM engine.process_definition WHERE key = ? AND deleted_at IS NULL
            UNION ALL
            SELECT kind FROM engine.resource WHERE key = ? AND deleted_at IS NULL""")
        .params(key, key)
        .query((rs, i) -> Kind.valueOf(rs.getString(1)))
        .optional();
  }

  /**
   * Locks the active timers of the definition's timer start events. Taken before the definition's
   * row, in the order a firing start timer takes them (timer, then definition), so the two never
   * deadlock: a timer firing now finishes first and its instance is then seen as running.
   */
  void lockStartTimers(long processDefinitionKey) {
    jdbc.sql("""
            SELECT key FROM engine.timer
            WHERE process_definition_key = ? AND process_instance_key IS NULL AND state = 'ACTIVE'
            FOR UPDATE""")
        .param(processDefinitionKey).query(Long.class).list();
  }

  /**
   * Locks the definition's row against instance creations ({@code FOR KEY SHARE} there) until the
   * deletion commits; empty when it is deleted already.
   */
  Optional<DeletedProcess> lockProcess(long key) {
    return jdbc.sql("""
            SELECT key, bpmn_process_id, version, resource_name FROM engine.process_definition
            WHERE key = ? AND deleted_at IS NULL FOR UPDATE""")
        .param(key)
        .query((rs, i) -> new DeletedProcess(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
        .optional();
  }

  boolean hasActiveInstances(long processDefinitionKey) {
    return jdbc.sql("""
            SELECT EXISTS (SELECT 1 FROM engine.process_instance
                           WHERE process_definition_key = ? AND state = 'ACTIVE')""")
        .param(processDefinitionKey).query(Boolean.class).single();
  }

  void markProcessDeleted(long key, Instant now) {
    jdbc.sql("UPDATE engine.process_definition SET deleted_at = ? WHERE key = ?")
        .params(Sql.timestamp(now), key).update();
  }

  /** Locks a form or DMN resource row; empty when it is deleted already. */
  Optional<DeletedResource> lockResource(long key) {
    return jdbc.sql("""
            SELECT key, resource_id, version, resource_name FROM engine.resource
            WHERE key = ? AND deleted_at IS NULL FOR UPDATE""")
        .param(key)
        .query((rs, i) -> new DeletedResource(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
        .optional();
  }

  void markResourceDeleted(long key, Instant now) {
    jdbc.sql("UPDATE engine.resource SET deleted_at = ? WHERE key = ?").params(Sql.timestamp(now), key).update();
  }

  /** Marks the decisions of a decision requirements graph deleted; returns them. */
  List<DeletedDecision> markDecisionsDeleted(long decisionRequirementsKey, Instant now) {
    return jdbc.sql("""
            UPDATE engine.decision SET deleted_at = ?
            WHERE decision_requirements_key = ? AND deleted_at IS NULL
            RETURNING key, decision_id, version""")
        .params(Sql.timestamp(now), decisionRequirementsKey)
        .query((rs, i) -> new DeletedDecision(rs.getLong(1), rs.getString(2), rs.getInt(3)))
        .list();
  }
}
