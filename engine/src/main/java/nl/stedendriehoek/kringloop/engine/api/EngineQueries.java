package nl.stedendriehoek.kringloop.engine.api;

import static nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.instant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedForms;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedForms.DeployedForm;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinition;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.state.Incident;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.UserTask;
import nl.stedendriehoek.kringloop.engine.state.jdbc.RowMappers;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read side of the engine. It reads the very tables commands write, so whatever a command
 * committed is visible at once. Each query uses an index on its filter columns. The API's
 * searches (filters, sorting, paging, counts) are {@link nl.stedendriehoek.kringloop.engine.query.EngineSearches}.
 */
public final class EngineQueries {

  private final JdbcClient jdbc;
  private final ProcessDefinitions definitions;
  private final DeployedForms forms;

  public EngineQueries(JdbcClient jdbc, ProcessDefinitions definitions) {
    this.jdbc = jdbc;
    this.definitions = definitions;
    this.forms = new DeployedForms(jdbc, definitions);
  }

  public ProcessInstanceView processInstance(long key) {
    return jdbc.sql(PROCESS_INSTANCES + " WHERE p.key = ?").param(key).query(EngineQueries::processInstance)
        .optional()
        .orElseThrow(() -> new NotFoundException("Expected to find process instance with key " + key
            + ", but none was found"));
  }

  public List<ProcessInstanceView> processInstances(ProcessInstanceFilter filter) {
    return jdbc.sql(PROCESS_INSTANCES + """
             WHERE (?::text IS NULL OR p.bpmn_process_id = ?) AND (?::text IS NULL OR p.state = ?)
             ORDER BY p.key""")
        .params(filter.bpmnProcessId(), filter.bpmnProcessId(), filter.state(), filter.state())
        .query(EngineQueries::processInstance).list();
  }

  /** The element-instance tree of a process instance (without the process itself), in creation order. */
  public List<ElementInstanceView> elementInstances(long processInstanceKey) {
    return jdbc.sql("""
            SELECT e.*, (EXISTS (SELECT 1 FROM engine.incident i WHERE i.element_instance_key = e.key
                                 AND i.state = 'ACTIVE')
                         OR e.element_type = 'CALL_ACTIVITY' AND EXISTS (""" + CALLED_INSTANCE_INCIDENTS + """
                         )) AS has_incident
            FROM engine.element_instance e
            WHERE e.process_instance_key = ? AND e.key <> e.process_instance_key ORDER BY e.key""")
        .param(processInstanceKey)
        .query((rs, i) -> {
          var e = RowMappers.elementInstance(rs, i);
          return new ElementInstanceView(e.key(), e.processInstanceKey(), e.processDefinitionKey(),
              e.bpmnProcessId(), e.elementId(), e.elementType().name(), e.flowScopeKey(), e.state().name(),
              e.startDate(), e.endDate(), rs.getBoolean("has_incident"));
        }).list();
  }

  public List<VariableView> variables(long processInstanceKey) {
    return jdbc.sql("SELECT * FROM engine.variable WHERE process_instance_key = ? ORDER BY key")
        .param(processInstanceKey)
        .query((rs, i) -> new VariableView(rs.getLong("key"), rs.getString("name"), rs.getString("value"),
            rs.getLong("scope_key"), rs.getLong("process_instance_key")))
        .list();
  }

  /** The root-scope variables of an instance as JSON values, by name. */
  public Map<String, Object> processVariables(long processInstanceKey) {
    Map<String, Object> result = new LinkedHashMap<>();
    jdbc.sql("SELECT name, value FROM engine.variable WHERE process_instance_key = ? AND scope_key = ? ORDER BY key")
        .params(processInstanceKey, processInstanceKey)
        .query((rs, i) -> result.put(rs.getString(1),
            nl.stedendriehoek.kringloop.engine.feel.JsonValues.toJava(Sql.readJson(rs.getString(2)))))
        .list();
    return result;
  }

  public UserTaskView userTask(long key) {
    return jdbc.sql("SELECT * FROM engine.user_task WHERE key = ?").param(key)
        .query(RowMappers::userTask).optional().map(EngineQueries::userTask)
        .orElseThrow(() -> new NotFoundException("Expected to find user task with key " + key + ", but none was found"));
  }

  public List<UserTaskView> userTasks(UserTaskFilter f) {
    return jdbc.sql("""
            SELECT * FROM engine.user_task
            WHERE (?::text IS NULL OR state = ?) AND (?::text IS NULL OR assignee = ?)
              AND (?::text IS NULL OR candidate_groups @> ARRAY[?::text])
              AND (?::bigint IS NULL OR process_instance_key = ?) AND (?::text IS NULL OR element_id = ?)
            ORDER BY key""")
        .params(f.state(), f.state(), f.assignee(), f.assignee(), f.candidateGroup(), f.candidateGroup(),
            f.processInstanceKey(), f.processInstanceKey(), f.elementId(), f.elementId())
        .query(RowMappers::userTask).list().stream().map(EngineQueries::userTask).toList();
  }

  public List<IncidentView> incidents(IncidentFilter f) {
    return jdbc.sql("""
            SELECT * FROM engine.incident
            WHERE (?::bigint IS NULL OR process_instance_key = ?) AND (?::text IS NULL OR state = ?)
            ORDER BY key""")
        .params(f.processInstanceKey(), f.processInstanceKey(), f.state(), f.state())
        .query(RowMappers::incident).list().stream().map(EngineQueries::incident).toList();
  }

  public List<JobView> jobs(JobFilter f) {
    return jdbc.sql("""
            SELECT * FROM engine.job
            WHERE (?::bigint IS NULL OR process_instance_key = ?) AND (?::text IS NULL OR type = ?)
              AND (?::text IS NULL OR state = ?)
            ORDER BY key""")
        .params(f.processInstanceKey(), f.processInstanceKey(), f.type(), f.type(), f.state(), f.state())
        .query(RowMappers::job).list().stream().map(EngineQueries::job).toList();
  }

  public List<ProcessDefinitionView> processDefinitions() {
    return definitions.all().stream()
        .map(d -> new ProcessDefinitionView(d.key(), d.bpmnProcessId(), name(d), d.version(), d.versionTag(),
            d.resourceName(), forms.linksStartForm(d.key())))
        .toList();
  }

  private String name(ProcessDefinition definition) {
    String name = definitions.byKey(definition.key()).graph().name();
    return name == null || name.isBlank() ? definition.bpmnProcessId() : name;
  }

  public String processDefinitionXml(long processDefinitionKey) {
    return definitions.xml(processDefinitionKey);
  }

  public DeployedForm form(long formKey) {
    return forms.byKey(formKey);
  }

  /** The start form a process definition links, in its latest deployed version; empty without one. */
  public Optional<DeployedForm> startForm(long processDefinitionKey) {
    return forms.startFormOf(processDefinitionKey);
  }

  /** The history of one process instance, oldest first. */
  public List<RecordView> records(long processInstanceKey) {
    return jdbc.sql("SELECT * FROM engine.record WHERE process_instance_key = ? ORDER BY position")
        .param(processInstanceKey)
        .query((rs, i) -> new RecordView(rs.getLong("position"), rs.getLong("key"), rs.getString("value_type"),
            rs.getString("intent"), instant(rs, "timestamp"), Sql.nullableLong(rs, "process_instance_key"),
            rs.getString("element_id"), rs.getString("payload")))
        .list();
  }

  /**
   * Whether a called instance of call activity {@code e}, or anything it called in turn, has an
   * active incident: Camunda shows such an incident on the call activity and its process instance.
   */
  private static final String CALLED_INSTANCE_INCIDENTS = """
      WITH RECURSIVE called(key) AS (
        SELECT c.key FROM engine.process_instance c WHERE c.parent_element_instance_key = e.key
        UNION ALL
        SELECT c.key FROM engine.process_instance c JOIN called ON c.parent_process_instance_key = called.key)
      SELECT 1 FROM engine.incident i JOIN called ON i.process_instance_key = called.key WHERE i.state = 'ACTIVE'
      """;

  /** A process instance has an incident when it or any instance it called (down the tree) has one. */
  private static final String PROCESS_INSTANCES = """
      SELECT p.*, EXISTS (
        WITH RECURSIVE tree(key) AS (
          SELECT p.key
          UNION ALL
          SELECT c.key FROM engine.process_instance c JOIN tree ON c.parent_process_instance_key = tree.key)
        SELECT 1 FROM engine.incident i JOIN tree ON i.process_instance_key = tree.key WHERE i.state = 'ACTIVE'
      ) AS has_incident
      FROM engine.process_instance p
      """;

  public static ProcessInstanceView processInstance(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    var p = RowMappers.processInstance(rs, row);
    return new ProcessInstanceView(p.key(), p.processDefinitionKey(), p.bpmnProcessId(), p.version(),
        p.state().name(), p.startDate(), p.endDate(), rs.getBoolean("has_incident"), p.parentProcessInstanceKey(),
        p.parentElementInstanceKey());
  }

  public static UserTaskView userTask(UserTask t) {
    return new UserTaskView(t.key(), t.state().name(), t.elementId(), t.elementInstanceKey(), t.processInstanceKey(),
        t.processDefinitionKey(), t.bpmnProcessId(), t.processVersion(), t.assignee(), t.candidateGroups(),
        t.candidateUsers(), t.dueDate(), t.followUpDate(), t.priority(), t.formKey(), t.externalFormReference(),
        headers(t.customHeaders()), t.creationDate(), t.completionDate());
  }

  public static IncidentView incident(Incident i) {
    return new IncidentView(i.key(), i.errorType().name(), i.errorMessage(), i.state().name(),
        i.processInstanceKey(), i.processDefinitionKey(), i.bpmnProcessId(), i.elementId(), i.elementInstanceKey(),
        i.jobKey(), i.creationTime());
  }

  public static JobView job(Job j) {
    return new JobView(j.key(), j.type(), j.state().name(), j.retries(), j.worker(), j.deadline(), j.errorMessage(),
        j.errorCode(), j.processInstanceKey(), j.elementInstanceKey(), j.elementId(), headers(j.customHeaders()));
  }

  private static Map<String, String> headers(com.fasterxml.jackson.databind.node.ObjectNode node) {
    Map<String, String> headers = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
    return headers;
  }
}
