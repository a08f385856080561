package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/**
 * Operate's start page: every deployed process version with its number of active instances and
 * open incidents. The counts come from the search's {@code totalItems} (a page of one), so they
 * cost the same on the embedded engine and on a Camunda 8 cluster.
 */
@Service
class ProcessOverview {

  /** One deployed version and how it is doing. */
  record Row(long key, String processId, String name, int version, String versionTag, long active, long incidents) {}

  private final CamundaClient camunda;
  private final Definitions definitions;

  ProcessOverview(CamundaClient camunda, Definitions definitions) {
    this.camunda = camunda;
    this.definitions = definitions;
  }

  List<Row> rows() {
    List<ProcessDefinition> all = definitions.all();
    List<CompletableFuture<Row>> rows = all.stream().map(d -> row(d, definitions.processName(d))).toList();
    return rows.stream().map(CompletableFuture::join).toList();
  }

  /**
   * The counts are searched in parallel; the callbacks only combine values, since they run on the
   * client's I/O thread, where waiting for another request would block the client.
   */
  private CompletableFuture<Row> row(ProcessDefinition definition, String name) {
    long key = definition.getProcessDefinitionKey();
    CompletableFuture<Long> active = camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionKey(key).state(ProcessInstanceState.ACTIVE))
        .page(p -> p.limit(1))
        .send().toCompletableFuture()
        .thenApply(r -> r.page().totalItems());
    CompletableFuture<Long> incidents = camunda.newIncidentSearchRequest()
        .filter(f -> f.processDefinitionKey(key).state(IncidentState.ACTIVE))
        .page(p -> p.limit(1))
        .send().toCompletableFuture()
        .thenApply(r -> r.page().totalItems());
    return active.thenCombine(incidents, (a, i) -> new Row(key, definition.getProcessDefinitionId(),
        name, definition.getVersion(), definition.getVersionTag(), a, i));
  }
}
