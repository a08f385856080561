package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The vertical slice: deploy, start, a job worker completes the job, the instance completes. */
class ServiceTaskRoundTripTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldCompleteProcessInstanceWhenWorkerCompletesItsJob(Transport transport) {
    // given
    String processId = Processes.uniqueId("round-trip");
    String jobType = processId + "-work";
    try (var client = transport.newClient();
        var worker = client.newWorker().jobType(jobType)
            .handler((jobClient, job) -> jobClient.newCompleteCommand(job)
                .variables(Map.of("doubled", ((Number) job.getVariablesAsMap().get("n")).intValue() * 2)).send().join())
            .open()) {
      Processes.deploy(client, processId, Processes.serviceTask(processId, jobType));

      // when
      ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
          .variables(Map.of("n", 21)).send().join();

      // then
      await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
          assertThat(client.newProcessInstanceGetRequest(instance.getProcessInstanceKey()).send().join().getState())
              .isEqualTo(ProcessInstanceState.COMPLETED));
      var variables = client.newVariableSearchRequest()
          .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()).name("doubled")).send().join().items();
      assertThat(variables).singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("42"));
    }
  }
}
