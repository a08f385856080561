package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;

/** Job push: StreamActivatedJobs is gRPC whatever the client prefers. */
class JobStreamingTest {

  @Test
  void shouldPushJobsToAnOpenStreamAsTheyAreCreated() {
    // given
    var client = Transport.REST.client();
    String processId = Processes.uniqueId("stream");
    String jobType = processId + "-job";
    Processes.deploy(client, processId, Processes.serviceTask(processId, jobType));
    List<ActivatedJob> pushed = new CopyOnWriteArrayList<>();
    var stream = client.newStreamJobsCommand().jobType(jobType).consumer(pushed::add).workerName("streamer")
        .timeout(Duration.ofMinutes(1)).fetchVariables("n").send();
    try {
      // when
      long first = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
          .variables(Map.of("n", 1)).send().join().getProcessInstanceKey();
      long second = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
          .variables(Map.of("n", 2)).send().join().getProcessInstanceKey();

      // then
      await().atMost(Duration.ofSeconds(10)).until(() -> pushed.size() == 2);
      assertThat(pushed).extracting(ActivatedJob::getProcessInstanceKey).containsExactlyInAnyOrder(first, second);
      assertThat(pushed).allSatisfy(job -> assertThat(job.getWorker()).isEqualTo("streamer"));
    } finally {
      stream.cancel(true);
    }
  }

  @Test
  void shouldCompleteJobsThroughAWorkerWithStreamingEnabled() {
    // given
    String processId = Processes.uniqueId("stream-worker");
    String jobType = processId + "-job";
    try (var client = Transport.GRPC.newClient();
        var worker = client.newWorker().jobType(jobType)
            .handler((jobClient, job) -> jobClient.newCompleteCommand(job).send().join())
            .streamEnabled(true).open()) {
      Processes.deploy(client, processId, Processes.serviceTask(processId, jobType));

      // when
      long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
          .getProcessInstanceKey();

      // then
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
              .isEqualTo(ProcessInstanceState.COMPLETED));
    }
  }
}
