package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Rest;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code newModifyProcessInstanceCommand} over REST ({@code …/modification}) and gRPC ({@code ModifyProcessInstance}). */
class ProcessInstanceModificationTest {

  private static long deployAndStart(CamundaClient client, String processId) {
    Processes.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("first", t -> t.zeebeJobType(processId + "-first"))
        .serviceTask("second", t -> t.zeebeJobType(processId + "-second")).endEvent().done());
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
  }

  private static List<ActivatedJob> jobs(CamundaClient client, String type) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5).timeout(Duration.ofMinutes(5))
        .requestTimeout(Duration.ofMillis(500)).send().join().getJobs();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldMoveTheTokenByActivatingAnElementWithVariablesAndTerminatingTheOldOne(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String processId = Processes.uniqueId("modify");
    long instance = deployAndStart(client, processId);
    ActivatedJob first = jobs(client, processId + "-first").get(0);

    // when
    client.newModifyProcessInstanceCommand(instance)
        .activateElement("second").withVariables(Map.of("note", "moved by an operator"))
        .and().terminateElement(first.getElementInstanceKey())
        .send().join();

    // then
    List<ActivatedJob> second = jobs(client, processId + "-second");
    assertThat(second).singleElement().satisfies(job -> {
      assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
      assertThat(job.getVariablesAsMap()).containsEntry("note", "moved by an operator");
    });
    client.newCompleteCommand(second.get(0).getKey()).send().join();
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRefuseAnInvalidInstructionAndApplyNothing(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String processId = Processes.uniqueId("modify-bad");
    long instance = deployAndStart(client, processId);
    ActivatedJob first = jobs(client, processId + "-first").get(0);

    // when
    Throwable refused = catchThrowable(() -> client.newModifyProcessInstanceCommand(instance)
        .terminateElement(first.getElementInstanceKey())
        .and().activateElement("nowhere")
        .send().join());

    // then
    assertThat(Failure.of(refused)).isEqualTo(Failure.INVALID_ARGUMENT);
    assertThat(Failure.detail(refused)).contains("could not be found: 'nowhere'", "nothing was modified");
    client.newCompleteCommand(first.getKey()).send().join();
    assertThat(jobs(client, processId + "-second")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldAnswerNotFoundForAnUnknownProcessInstance(Transport transport) {
    // when
    Throwable refused = catchThrowable(() -> transport.client().newModifyProcessInstanceCommand(2251799813685249L)
        .activateElement("anything").send().join());

    // then
    assertThat(Failure.of(refused)).isEqualTo(Failure.NOT_FOUND);
  }

  @org.junit.jupiter.api.Test
  void shouldAnswerAProblemDetailForAnInstructionWithoutItsKey() throws Exception {
    // given
    CamundaClient client = Transport.REST.client();
    String processId = Processes.uniqueId("modify-rest");
    long instance = deployAndStart(client, processId);

    // when
    var response = Rest.send("POST", "/v2/process-instances/" + instance + "/modification",
        "{\"terminateInstructions\":[{}]}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("elementInstanceKey");
    assertThat(jobs(client, processId + "-first")).hasSize(1);
  }
}
