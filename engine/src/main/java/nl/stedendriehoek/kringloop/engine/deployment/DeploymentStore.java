package nl.stedendriehoek.kringloop.engine.deployment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.state.ChangeSet;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import java.util.Set;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult.DecisionRequirementsMetadata;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult.FormMetadata;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult.ProcessMetadata;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.Records;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL of deployments: versions, resources and their records. */
public final class DeploymentStore {

  /** Any constant: the advisory lock that serialises deployments. */
  private static final long DEPLOYMENT_LOCK = 0x4b72696e676c6f6fL;

  private final JdbcClient jdbc;
  private final StateWriter writer;

  public DeploymentStore(JdbcClient jdbc, StateWriter writer) {
    this.jdbc = jdbc;
    this.writer = writer;
  }

  record Latest(long key, int version, byte[] checksum, String resourceName) {}

  /** Serialises deployments and resource deletions (both change which version is the latest). */
  public void lockDeployments() {
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(DEPLOYMENT_LOCK).query().singleRow();
  }

  void insertDeployment(long key, Instant now) {
    jdbc.sql("INSERT INTO engine.deployment (key, created_at) VALUES (?, ?)")
        .params(key, Timestamp.from(now)).update();
  }

  /** The latest version that is not deleted: a deployment identical to it is no new version. */
  Optional<Latest> latestProcess(String bpmnProcessId) {
    return jdbc.sql("""
            SELECT key, version, checksum, resource_name FROM engine.process_definition
            WHERE bpmn_process_id = ? AND deleted_at IS NULL ORDER BY version DESC LIMIT 1""")
        .param(bpmnProcessId)
        .query((rs, i) -> new Latest(rs.getLong(1), rs.getInt(2), rs.getBytes(3), rs.getString(4)))
        .optional();
  }

  /** The highest version ever deployed, deleted ones included: version numbers are never reused. */
  int highestProcessVersion(String bpmnProcessId) {
    return jdbc.sql("SELECT coalesce(max(version), 0) FROM engine.process_definition WHERE bpmn_process_id = ?")
        .param(bpmnProcessId).query(Integer.class).single();
  }

  /** The latest form or DMN version that is not deleted. */
  Optional<Latest> latestResource(String kind, String id) {
    return jdbc.sql("""
            SELECT key, version, checksum, resource_name FROM engine.resource
            WHERE kind = ? AND resource_id = ? AND deleted_at IS NULL ORDER BY version DESC LIMIT 1""")
        .params(kind, id)
        .query((rs, i) -> new Latest(rs.getLong(1), rs.getInt(2), rs.getBytes(3), rs.getString(4)))
        .optional();
  }

  /** The highest form or DMN version ever deployed, deleted ones included. */
  int highestResourceVersion(String kind, String id) {
    return jdbc.sql("SELECT coalesce(max(version), 0) FROM engine.resource WHERE kind = ? AND resource_id = ?")
        .params(kind, id).query(Integer.class).single();
  }

  /** The highest version of a decision ever deployed, deleted ones included. */
  int highestDecisionVersion(String decisionId) {
    return jdbc.sql("SELECT coalesce(max(version), 0) FROM engine.decision WHERE decision_id = ?")
        .param(decisionId).query(Integer.class).single();
  }

  void insertProcess(ProcessDefinition d, String name, byte[] checksum, byte[] content, Instant now) {
    jdbc.sql("""
            INSERT INTO engine.process_definition (key, bpmn_process_id, version, version_tag, name,
              resource_name, checksum, deployment_key, resource, deployed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(d.key(), d.bpmnProcessId(), d.version(), d.versionTag(), name, d.resourceName(), checksum,
            d.deploymentKey(), content, Timestamp.from(now))
        .update();
  }

  void insertResource(
      long key, String kind, String id, int version, String name, byte[] checksum, long deploymentKey,
      byte[] content, Instant now) {
    jdbc.sql("""
            INSERT INTO engine.resource (key, kind, resource_id, version, resource_name, checksum,
              deployment_key, content, deployed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(key, kind, id, version, name, checksum, deploymentKey, content, Timestamp.from(now))
        .update();
  }

  /** A new version of a process replaces the timer start events of the previous ones. */
  void cancelStartTimers(String bpmnProcessId) {
    jdbc.sql("""
            UPDATE engine.timer SET state = 'CANCELED'
            WHERE state = 'ACTIVE' AND process_instance_key IS NULL AND process_definition_key IN
              (SELECT key FROM engine.process_definition WHERE bpmn_process_id = ?)""")
        .param(bpmnProcessId)
        .update();
  }

  void insertStartTimer(Timer timer) {
    ChangeSet changes = new ChangeSet();
    changes.save(timer);
    writer.write(changes);
  }

  void insertDecision(
      long key, String decisionId, String name, int version, long decisionRequirementsKey,
      String decisionRequirementsId) {
    jdbc.sql("""
            INSERT INTO engine.decision (key, decision_id, decision_name, version, decision_requirements_key,
              decision_requirements_id)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(key, decisionId, name, version, decisionRequirementsKey, decisionRequirementsId)
        .update();
  }

  void recordDeployment(
      long deploymentKey, List<ProcessMetadata> processes, List<FormMetadata> forms,
      List<DecisionRequirementsMetadata> decisions, Set<Long> created, Instant now) {
    ObjectNode payload = Sql.JSON.createObjectNode();
    payload.set("processesMetadata", Sql.JSON.valueToTree(processes));
    payload.set("formMetadata", Sql.JSON.valueToTree(forms));
    payload.set("decisionRequirementsMetadata", Sql.JSON.valueToTree(decisions));
    List<RecordEntry> records = new ArrayList<>();
    records.add(Records.of(deploymentKey, "DEPLOYMENT", "CREATED", now, payload));
    processes.stream().filter(p -> created.contains(p.processDefinitionKey()))
        .forEach(p -> records.add(Records.of(p.processDefinitionKey(), "PROCESS", "CREATED", now, Sql.JSON.valueToTree(p))));
    forms.stream().filter(f -> created.contains(f.formKey()))
        .forEach(f -> records.add(Records.of(f.formKey(), "FORM", "CREATED", now, Sql.JSON.valueToTree(f))));
    decisions.stream().filter(d -> created.contains(d.decisionRequirementsKey()))
        .forEach(d -> records.add(Records.of(d.decisionRequirementsKey(), "DECISION_REQUIREMENTS", "CREATED", now,
            Sql.JSON.valueToTree(d))));
    writer.writeRecords(records);
  }
}
