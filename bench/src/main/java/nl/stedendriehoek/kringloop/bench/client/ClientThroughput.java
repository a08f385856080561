package nl.stedendriehoek.kringloop.bench.client;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Instances per second created and completed through the client: start → one service task → end,
 * a fixed number in flight, one job worker (32 jobs at a time, four handler threads) completing each
 * job as it comes without waiting for the answer.
 */
final class ClientThroughput {

  private final CamundaClient client;
  private final String transport;
  private final boolean streaming;

  ClientThroughput(CamundaClient client, String transport, boolean streaming) {
    this.client = client;
    this.transport = transport;
    this.streaming = streaming;
  }

  String run(int inFlight, Duration warmup, Duration measure) throws InterruptedException {
    String processId = "throughput-" + transport.replaceAll("[^a-z]", "");
    Load.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("work", t -> t.zeebeJobType(processId)).endEvent().done());
    Semaphore slots = new Semaphore(inFlight);
    AtomicLong completed = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    try (JobWorker worker = client.newWorker().jobType(processId)
        .handler((jobs, job) -> jobs.newCompleteCommand(job).send().toCompletableFuture()
            .whenComplete((done, failure) -> {
              if (failure == null) {
                completed.incrementAndGet();
              } else {
                errors.incrementAndGet();
              }
              slots.release();
            }))
        .maxJobsActive(32).timeout(Duration.ofMinutes(1)).streamEnabled(streaming).open()) {
      long end = System.nanoTime() + warmup.plus(measure).toNanos();
      long measureFrom = System.nanoTime() + warmup.toNanos();
      long before = -1;
      while (System.nanoTime() < end) {
        if (before < 0 && System.nanoTime() >= measureFrom) {
          before = completed.get();
        }
        if (slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().toCompletableFuture()
              .whenComplete((created, failure) -> {
                if (failure != null) {
                  errors.incrementAndGet();
                  slots.release();
                }
              });
        }
      }
      long done = completed.get() - Math.max(0, before);
      return String.format(Locale.ROOT, "| %s | %d | %.0f | %d |%n", transport, inFlight,
          done / (double) measure.toSeconds(), errors.get());
    }
  }

  static String header() {
    return "| client transport | in flight | instances/s (created and completed) | errors |\n|---|---:|---:|---:|\n";
  }
}
