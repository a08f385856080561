package nl.stedendriehoek.kringloop.bench.client;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/** Deploys models and creates many instances through the client, a bounded number in flight. */
final class Load {

  private Load() {}

  static long deploy(CamundaClient client, String processId, BpmnModelInstance model) {
    return client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join()
        .getProcesses().get(0).getProcessDefinitionKey();
  }

  /** Creates {@code count} instances, the i-th with {@code variables.apply(i)}; returns their keys in order. */
  static List<Long> create(CamundaClient client, String processId, int count, IntFunction<Map<String, Object>> variables)
      throws InterruptedException {
    Semaphore inFlight = new Semaphore(32);
    List<CompletableFuture<Long>> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      inFlight.acquire();
      keys.add(client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
          .variables(variables.apply(i)).send().toCompletableFuture()
          .whenComplete((created, failure) -> inFlight.release())
          .thenApply(created -> created.getProcessInstanceKey()));
    }
    return keys.stream().map(CompletableFuture::join).toList();
  }
}
