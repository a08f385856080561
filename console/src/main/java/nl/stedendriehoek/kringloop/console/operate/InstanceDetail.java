package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.Job;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.ProcessInstanceSequenceFlow;
import io.camunda.client.api.search.response.Variable;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/**
 * Everything Operate shows about one process instance, gathered with parallel searches through
 * the Camunda client: the element-instance history, the incidents with their jobs, the variables
 * per scope, the statistics and taken flows for the diagram, the called instances and the audit.
 */
@Service
class InstanceDetail {

  static final int LIMIT = 1000;
  private static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");

  record HistoryRow(long key, String elementId, String name, String type, String state, boolean incident,
      ZonedDateTime start, ZonedDateTime end) {}

  record IncidentRow(long key, String elementId, String elementName, long elementInstanceKey, String type,
      String message, ZonedDateTime created, Optional<Job> job) {}

  record VariableRow(String name, String value, long scopeKey) {}

  record Scope(long key, String name, List<VariableRow> variables) {}

  record Linked(long key, String processId, String state) {}

  record AuditRow(AuditAction action, String username, ZonedDateTime at, String subject, String oldValue,
      String newValue) {
    static AuditRow of(AuditEntry entry) {
      return new AuditRow(entry.action(), entry.username(), entry.at().atZone(REGION), entry.subject(),
          entry.oldValue(), entry.newValue());
    }
  }

  record View(ProcessInstance instance, String processName, InstanceState state, ZonedDateTime start,
      ZonedDateTime end, List<HistoryRow> history, List<IncidentRow> incidents, List<Scope> scopes,
      List<Linked> called, List<AuditRow> audit, List<ProcessElementStatistics> statistics,
      String overlays, List<InstanceDecisions.DecisionRow> decisions) {}

  private final CamundaClient camunda;
  private final Definitions definitions;
  private final AuditLog audit;
  private final InstanceDecisions decisions;

  InstanceDetail(CamundaClient camunda, Definitions definitions, AuditLog audit, InstanceDecisions decisions) {
    this.camunda = camunda;
    this.definitions = definitions;
    this.audit = audit;
    this.decisions = decisions;
  }

  ProcessInstance instance(long key) {
    return Keys.found("Process instance", key, () -> camunda.newProcessInstanceGetRequest(key).send().join());
  }

  View show(long key) {
    ProcessInstance instance = instance(key);
    var elements = camunda.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(key))
        .sort(s -> s.startDate().asc())
        .page(p -> p.limit(LIMIT))
        .send().toCompletableFuture();
    var incidents = camunda.newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(key).state(IncidentState.ACTIVE))
        .page(p -> p.limit(LIMIT))
        .send().toCompletableFuture();
    var variables = camunda.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(key))
        .page(p -> p.limit(LIMIT))
        .send().toCompletableFuture();
    CompletableFuture<List<ProcessElementStatistics>> statistics =
        camunda.newProcessInstanceElementStatisticsRequest(key).send().toCompletableFuture();
    CompletableFuture<List<ProcessInstanceSequenceFlow>> flows =
        camunda.newProcessInstanceSequenceFlowsRequest(key).send().toCompletableFuture();
    var called = camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.parentProcessInstanceKey(key))
        .page(p -> p.limit(LIMIT))
        .send().toCompletableFuture();

    Definitions.Model model = definitions.model(instance.getProcessDefinitionKey());
    List<ElementInstance> elementInstances = elements.join().items();
    List<HistoryRow> history = elementInstances.stream().map(e -> history(e, model)).toList();
    List<IncidentRow> incidentRows = incidentRows(incidents.join().items(), model);
    List<Scope> scopes = scopes(key, variables.join().items(), elementInstances, model);
    List<Linked> calledRows = called.join().items().stream()
        .map(i -> new Linked(i.getProcessInstanceKey(), i.getProcessDefinitionId(),
            InstanceState.of(i.getState()).parameter()))
        .toList();
    List<ProcessElementStatistics> stats = statistics.join();
    List<String> taken = flows.join().stream().map(ProcessInstanceSequenceFlow::getElementId).toList();
    return new View(instance, model.processName() != null ? model.processName() : instance.getProcessDefinitionId(),
        InstanceState.of(instance.getState()), local(instance.getStartDate()), local(instance.getEndDate()),
        history, incidentRows, scopes, calledRows, audit.findByProcessInstanceKeyOrderByAtDesc(key).stream().map(AuditRow::of).toList(), stats,
        DiagramOverlays.json(stats, taken), decisions.of(key, elementNames(history)));
  }

  private static Map<Long, String> elementNames(List<HistoryRow> history) {
    Map<Long, String> names = new LinkedHashMap<>();
    history.forEach(row -> names.put(row.key(), row.name() != null ? row.name() : row.elementId()));
    return names;
  }

  private static HistoryRow history(ElementInstance e, Definitions.Model model) {
    return new HistoryRow(e.getElementInstanceKey(), e.getElementId(), model.elementName(e.getElementId()),
        e.getType() == null ? "" : e.getType().name(), e.getState() == null ? "" : e.getState().name(),
        Boolean.TRUE.equals(e.getIncident()), local(e.getStartDate()), local(e.getEndDate()));
  }

  private List<IncidentRow> incidentRows(List<Incident> incidents, Definitions.Model model) {
    List<IncidentRow> rows = new ArrayList<>();
    for (Incident incident : incidents) {
      Optional<Job> job = Optional.ofNullable(incident.getJobKey()).flatMap(this::job);
      rows.add(new IncidentRow(incident.getIncidentKey(), incident.getElementId(),
          model.elementName(incident.getElementId()),
          incident.getElementInstanceKey() == null ? 0 : incident.getElementInstanceKey(),
          incident.getErrorType() == null ? "" : incident.getErrorType().name(), incident.getErrorMessage(),
          local(incident.getCreationTime()), job));
    }
    return rows;
  }

  private Optional<Job> job(long jobKey) {
    return camunda.newJobSearchRequest().filter(f -> f.jobKey(jobKey)).send().join().items().stream().findFirst();
  }

  /** Variables grouped by scope: the instance first, then each element scope by start. */
  private static List<Scope> scopes(long instanceKey, List<Variable> variables, List<ElementInstance> elements,
      Definitions.Model model) {
    Map<Long, String> scopeNames = new LinkedHashMap<>();
    scopeNames.put(instanceKey, null);
    elements.forEach(e -> scopeNames.put(e.getElementInstanceKey(), model.elementName(e.getElementId())));
    Map<Long, List<VariableRow>> byScope = new LinkedHashMap<>();
    scopeNames.keySet().forEach(k -> byScope.put(k, new ArrayList<>()));
    for (Variable v : variables) {
      long scope = v.getScopeKey() == null ? instanceKey : v.getScopeKey();
      byScope.computeIfAbsent(scope, k -> new ArrayList<>()).add(new VariableRow(v.getName(), v.getValue(), scope));
    }
    List<Scope> scopes = new ArrayList<>();
    byScope.forEach((scope, rows) -> {
      if (!rows.isEmpty() || scope == instanceKey) {
        rows.sort(java.util.Comparator.comparing(VariableRow::name));
        scopes.add(new Scope(scope, scopeNames.get(scope), rows));
      }
    });
    return scopes;
  }

  static ZonedDateTime local(OffsetDateTime time) {
    return time == null ? null : time.atZoneSameInstant(REGION);
  }
}
