package nl.stedendriehoek.kringloop.bench.client;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Job activation latency, one instance at a time with a worker already waiting: from sending the
 * create command to the worker's handler holding the job (so it includes the create command's
 * own round trip, measured separately), by long polling or by the job stream.
 */
final class JobLatency {

  private final CamundaClient client;
  private final String transport;
  private final boolean streaming;

  JobLatency(CamundaClient client, String transport, boolean streaming) {
    this.client = client;
    this.transport = transport;
    this.streaming = streaming;
  }

  String run(int samples) {
    String processId = "latency-" + transport.replaceAll("[^a-z]", "");
    Load.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("work", t -> t.zeebeJobType(processId)).endEvent().done());
    Map<Long, CompletableFuture<Long>> received = new ConcurrentHashMap<>();
    List<Double> toWorker = new ArrayList<>();
    List<Double> create = new ArrayList<>();
    try (JobWorker worker = client.newWorker().jobType(processId)
        .handler((jobs, job) -> {
          received.computeIfAbsent(job.getProcessInstanceKey(), k -> new CompletableFuture<>())
              .complete(System.nanoTime());
          jobs.newCompleteCommand(job).send().join();
        })
        .maxJobsActive(32).timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100)).streamEnabled(streaming).open()) {
      for (int i = 0; i < samples + samples / 5; i++) {
        long sent = System.nanoTime();
        long key = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
            .getProcessInstanceKey();
        long answered = System.nanoTime();
        long got = received.computeIfAbsent(key, k -> new CompletableFuture<>()).join();
        if (i >= samples / 5) {
          toWorker.add((got - sent) / 1e6);
          create.add((answered - sent) / 1e6);
        }
      }
    }
    return Percentiles.of(toWorker).row(transport + ": create sent → job in the worker's handler")
        + Percentiles.of(create).row(transport + ": create command round trip alone");
  }
}
