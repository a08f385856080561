package nl.stedendriehoek.kringloop.engine.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.execution.FormLookup;
import nl.stedendriehoek.kringloop.engine.model.ExecutableProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deployed processes by key, with their executable graphs cached for the life of the engine (a
 * graph is immutable, so one per definition key serves every thread). After a restart a graph is
 * rebuilt from the stored resource on first use. A deleted definition (resource deletion) is not
 * found by any lookup here; the cache may still hold its graph for a moment, which is why
 * starting an instance re-checks the row under a lock ({@code StateReader.lockDefinitionForStart}).
 */
public final class ProcessDefinitions implements FormLookup {

  private static final String COLUMNS =
      "key, bpmn_process_id, version, version_tag, resource_name, deployment_key";

  private final JdbcClient jdbc;
  private final BpmnResources bpmn;
  private final Map<Long, DeployedProcess> cache = new ConcurrentHashMap<>();

  public ProcessDefinitions(JdbcClient jdbc, BpmnResources bpmn) {
    this.jdbc = jdbc;
    this.bpmn = bpmn;
  }

  public DeployedProcess byKey(long key) {
    DeployedProcess cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    ProcessDefinition definition = jdbc.sql("SELECT " + COLUMNS + " FROM engine.process_definition WHERE key = ?"
            + " AND deleted_at IS NULL")
        .param(key)
        .query(ProcessDefinitions::definition)
        .optional()
        .orElseThrow(() -> new NotFoundException(
            "Expected to find a process definition with key " + key + ", but none was found"));
    byte[] resource = jdbc.sql("SELECT resource FROM engine.process_definition WHERE key = ?")
        .param(key).query(byte[].class).single();
    ExecutableProcess graph = bpmn.read(definition.resourceName(), resource).stream()
        .filter(p -> p.bpmnProcessId().equals(definition.bpmnProcessId()))
        .findFirst()
        .orElseThrow();
    return cache.computeIfAbsent(key, k -> new DeployedProcess(definition, graph));
  }

  public DeployedProcess latest(String bpmnProcessId) {
    return findLatest(bpmnProcessId)
        .orElseThrow(() -> new NotFoundException(
            "Expected to find a process definition with process id '" + bpmnProcessId + "', but none was found"));
  }

  /** The latest version of a process id that is not deleted, if any. */
  public Optional<DeployedProcess> findLatest(String bpmnProcessId) {
    return jdbc.sql("SELECT key FROM engine.process_definition WHERE bpmn_process_id = ? AND deleted_at IS NULL"
            + " ORDER BY version DESC LIMIT 1")
        .param(bpmnProcessId)
        .query(Long.class)
        .optional()
        .map(this::byKey);
  }

  /** The version of a process id deployed in the given deployment, if any (call activity binding {@code deployment}). */
  public Optional<DeployedProcess> inDeployment(String bpmnProcessId, long deploymentKey) {
    return jdbc.sql("SELECT key FROM engine.process_definition WHERE bpmn_process_id = ? AND deployment_key = ?"
            + " AND deleted_at IS NULL")
        .params(bpmnProcessId, deploymentKey)
        .query(Long.class)
        .optional()
        .map(this::byKey);
  }

  /** The latest version of a process id with the given {@code zeebe:versionTag}, if any. */
  public Optional<DeployedProcess> latestWithVersionTag(String bpmnProcessId, String versionTag) {
    return jdbc.sql("SELECT key FROM engine.process_definition WHERE bpmn_process_id = ? AND version_tag = ?"
            + " AND deleted_at IS NULL ORDER BY version DESC LIMIT 1")
        .params(bpmnProcessId, versionTag)
        .query(Long.class)
        .optional()
        .map(this::byKey);
  }

  public DeployedProcess byVersion(String bpmnProcessId, int version) {
    return jdbc.sql("SELECT key FROM engine.process_definition WHERE bpmn_process_id = ? AND version = ?"
            + " AND deleted_at IS NULL")
        .params(bpmnProcessId, version)
        .query(Long.class)
        .optional()
        .map(this::byKey)
        .orElseThrow(() -> new NotFoundException(
            "Expected to find a process definition with process id '" + bpmnProcessId + "' and version "
                + version + ", but none was found"));
  }

  public List<ProcessDefinition> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM engine.process_definition WHERE deleted_at IS NULL ORDER BY key")
        .query(ProcessDefinitions::definition)
        .list();
  }

  public String xml(long key) {
    byte[] resource = jdbc.sql("SELECT resource FROM engine.process_definition WHERE key = ? AND deleted_at IS NULL")
        .param(key).query(byte[].class).optional()
        .orElseThrow(() -> new NotFoundException("Expected to find a process definition with key " + key
            + ", but none was found"));
    return new String(resource, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public Optional<Long> latestFormKey(String formId) {
    return jdbc.sql("SELECT key FROM engine.resource WHERE kind = 'FORM' AND resource_id = ?"
            + " AND deleted_at IS NULL ORDER BY version DESC LIMIT 1")
        .param(formId)
        .query(Long.class)
        .optional();
  }

  /**
   * The JSON of a deployed form, also of a deleted one: a user task that linked the form before
   * it was deleted keeps showing it (new tasks link the latest form that is not deleted).
   */
  public String formContent(long formKey) {
    byte[] content = jdbc.sql("SELECT content FROM engine.resource WHERE kind = 'FORM' AND key = ?")
        .param(formKey).query(byte[].class).optional()
        .orElseThrow(() -> new NotFoundException("Expected to find a form with key " + formKey + ", but none was found"));
    return new String(content, java.nio.charset.StandardCharsets.UTF_8);
  }

  void remember(DeployedProcess process) {
    cache.put(process.definition().key(), process);
  }

  /** Forgets the graph of one definition (it was deleted). */
  public void forget(long key) {
    cache.remove(key);
  }

  /** Forgets every cached graph (tests that wipe the schema). */
  public void clearCache() {
    cache.clear();
  }

  private static ProcessDefinition definition(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ProcessDefinition(
        rs.getLong("key"), rs.getString("bpmn_process_id"), rs.getInt("version"),
        rs.getString("version_tag"), rs.getString("resource_name"), rs.getLong("deployment_key"));
  }
}
