package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.CancelProcessInstanceRequest;
import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry;
import io.camunda.client.protocol.rest.ProcessInstanceCreationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceModificationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowsQueryResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceCreated;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.JobActivation;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** {@code /v2/process-instances}: create (with result), cancel, modify, get, search and what hangs off one. */
@RestController
@RequestMapping("/v2/process-instances")
class ProcessInstanceController {

  private final EngineService engine;
  private final EngineQueries queries;
  private final JsonBodies bodies;
  private final EngineSearches searches;

  ProcessInstanceController(
      EngineService engine, EngineQueries queries, JsonBodies bodies, EngineSearches searches) {
    this.engine = engine;
    this.queries = queries;
    this.bodies = bodies;
    this.searches = searches;
  }

  @PostMapping
  DeferredResult<CreateProcessInstanceResult> create(@RequestBody(required = false) byte[] body) {
    ProcessInstanceCreationInstruction request = bodies.read(body, ProcessInstanceCreationInstruction.class);
    Tenants.check(request.getTenantId());
    if (request.getStartInstructions() != null && !request.getStartInstructions().isEmpty()) {
      throw new NotSupportedYetException("Starting a process instance at given elements ('startInstructions')");
    }
    if (request.getRuntimeInstructions() != null && !request.getRuntimeInstructions().isEmpty()) {
      throw new NotSupportedYetException("Runtime instructions on process instance creation");
    }
    CreateProcessInstance command = new CreateProcessInstance(request.getProcessDefinitionId(),
        request.getProcessDefinitionVersion(),
        Keys.parseOptional("processDefinitionKey", request.getProcessDefinitionKey()), request.getVariables());
    ProcessInstanceCreated created = engine.createProcessInstance(command);
    CreateProcessInstanceResult result = new CreateProcessInstanceResult()
        .processInstanceKey(Keys.format(created.processInstanceKey()))
        .processDefinitionKey(Keys.format(created.processDefinitionKey()))
        .processDefinitionId(created.bpmnProcessId())
        .processDefinitionVersion(created.version())
        .tenantId(Tenants.DEFAULT)
        .tags(request.getTags() == null ? Set.of() : request.getTags());
    if (!Boolean.TRUE.equals(request.getAwaitCompletion())) {
      return Async.deferred(CompletableFuture.completedFuture(result), Duration.ZERO);
    }
    long timeoutMillis = request.getRequestTimeout() == null ? 0 : request.getRequestTimeout();
    Duration timeout = JobActivation.requestTimeout(timeoutMillis);
    CompletableFuture<CreateProcessInstanceResult> ended = engine.awaitProcessInstanceEnd(created.processInstanceKey(), timeout)
        .thenApply(instance -> result.variables(
            fetch(queries.processVariables(instance.processInstanceKey()), request.getFetchVariables())));
    return Async.deferred(ended, timeout);
  }

  static Map<String, Object> fetch(Map<String, Object> variables, List<String> names) {
    if (names == null || names.isEmpty()) {
      return variables;
    }
    Map<String, Object> fetched = new LinkedHashMap<>();
    names.stream().filter(variables::containsKey).forEach(name -> fetched.put(name, variables.get(name)));
    return fetched;
  }

  @PostMapping("/{processInstanceKey}/cancellation")
  ResponseEntity<Void> cancel(@PathVariable String processInstanceKey, @RequestBody(required = false) byte[] body) {
    bodies.read(body, CancelProcessInstanceRequest.class);
    engine.cancelProcessInstance(Keys.parse("processInstanceKey", processInstanceKey));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{processInstanceKey}")
  ProcessInstanceResult get(@PathVariable String processInstanceKey) {
    return RestViews.processInstance(queries.processInstance(Keys.parse("processInstanceKey", processInstanceKey)));
  }

  @PostMapping("/search")
  ResponseEntity<byte[]> search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    return SearchResponses.of(bodies.mapper(), searches.processInstances(query.toSearch()),
        RestViews::processInstance);
  }

  @GetMapping("/{processInstanceKey}/sequence-flows")
  ProcessInstanceSequenceFlowsQueryResult sequenceFlows(@PathVariable String processInstanceKey) {
    ProcessInstanceView instance = queries.processInstance(Keys.parse("processInstanceKey", processInstanceKey));
    List<ProcessInstanceSequenceFlowResult> flows = queries.records(instance.processInstanceKey()).stream()
        .filter(record -> "SEQUENCE_FLOW_TAKEN".equals(record.intent()))
        .map(record -> new ProcessInstanceSequenceFlowResult()
            .sequenceFlowId(Keys.format(record.key()))
            .processInstanceKey(Keys.format(instance.processInstanceKey()))
            .processDefinitionKey(Keys.format(instance.processDefinitionKey()))
            .processDefinitionId(instance.bpmnProcessId())
            .elementId(record.elementId())
            .tenantId(Tenants.DEFAULT))
        .toList();
    return new ProcessInstanceSequenceFlowsQueryResult().items(flows);
  }

  @GetMapping("/{processInstanceKey}/statistics/element-instances")
  ProcessInstanceElementStatisticsQueryResult elementStatistics(@PathVariable String processInstanceKey) {
    long key = Keys.parse("processInstanceKey", processInstanceKey);
    queries.processInstance(key);
    return new ProcessInstanceElementStatisticsQueryResult()
        .items(ElementStatistics.of(searches.instanceElementStatistics(key)));
  }

  /** The instance and the instances that called it, root first. */
  @GetMapping("/{processInstanceKey}/call-hierarchy")
  List<ProcessInstanceCallHierarchyEntry> callHierarchy(@PathVariable String processInstanceKey) {
    List<ProcessInstanceCallHierarchyEntry> chain = new java.util.ArrayList<>();
    ProcessInstanceView instance = queries.processInstance(Keys.parse("processInstanceKey", processInstanceKey));
    while (true) {
      chain.add(0, new ProcessInstanceCallHierarchyEntry()
          .processInstanceKey(Keys.format(instance.processInstanceKey()))
          .processDefinitionKey(Keys.format(instance.processDefinitionKey()))
          .processDefinitionName(instance.bpmnProcessId()));
      if (instance.parentProcessInstanceKey() == null) {
        return chain;
      }
      instance = queries.processInstance(instance.parentProcessInstanceKey());
    }
  }

  @PostMapping("/{processInstanceKey}/incidents/search")
  ResponseEntity<byte[]> incidents(@PathVariable String processInstanceKey, @RequestBody(required = false) byte[] body) {
    long key = Keys.parse("processInstanceKey", processInstanceKey);
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    return SearchResponses.of(bodies.mapper(), searches.incidents(query.toSearch("processInstanceKey", key)),
        RestViews::incident);
  }

  @PostMapping("/{processInstanceKey}/modification")
  ResponseEntity<Void> modify(@PathVariable String processInstanceKey, @RequestBody(required = false) byte[] body) {
    long key = Keys.parse("processInstanceKey", processInstanceKey);
    engine.modifyProcessInstance(
        ModificationRequests.of(key, bodies.read(body, ProcessInstanceModificationInstruction.class)));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{processInstanceKey}/migration")
  void migrate(@PathVariable String processInstanceKey) {
    Keys.parse("processInstanceKey", processInstanceKey);
    throw new NotSupportedYetException("Migrating a process instance");
  }
}
