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
    List<CompletableFuture<Row>> rows = all.stream().map(this::row).toList();
    return rows.stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<Row> row(ProcessDefinition definition) {
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
        definitions.processName(definition), definition.getVersion(), definition.getVersionTag(), a, i));
  }
}
