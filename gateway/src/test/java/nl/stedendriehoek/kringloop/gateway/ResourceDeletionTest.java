package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Rest;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code newDeleteResourceCommand} over REST ({@code POST /v2/resources/{key}/deletion}) and gRPC
 * ({@code DeleteResource}): process definitions and decision requirements are deleted with the
 * semantics of Camunda 8.8, refusals are the same on both transports.
 */
class ResourceDeletionTest {

  private static final CamundaClient REST = Transport.REST.client();

  /** DRG {@code <id>-drg} with decision {@code id} answering {@code result} for every input. */
  private static String dmn(String decisionId, int result) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%1$s-drg" name="Korting" namespace="https://kringloop.test">
          <decision id="%1$s" name="Korting"><literalExpression id="%1$s-expr"><text>%2$d</text></literalExpression></decision>
        </definitions>
        """.formatted(decisionId, result);
  }

  private static long deployDecision(CamundaClient client, String decisionId, int result) {
    return client.newDeployResourceCommand()
        .addResourceString(dmn(decisionId, result), StandardCharsets.UTF_8, decisionId + ".dmn").send().join()
        .getDecisionRequirements().get(0).getDecisionRequirementsKey();
  }

  private static long deployProcess(CamundaClient client, String processId, String jobType) {
    return Processes.deploy(client, processId, Processes.serviceTask(processId, jobType)).getProcesses().get(0)
        .getProcessDefinitionKey();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldDeleteAProcessDefinitionSoThatItIsNoLongerFoundOrStarted(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String processId = Processes.uniqueId("deleted");
    long first = deployProcess(client, processId, "first");
    long second = deployProcess(client, processId, "second");

    // when
    client.newDeleteResourceCommand(second).send().join();

    // then
    assertThat(Failure.of(catchThrowable(() -> REST.newProcessDefinitionGetRequest(second).send().join())))
        .isEqualTo(Failure.NOT_FOUND);
    assertThat(Failure.of(catchThrowable(() -> REST.newProcessDefinitionGetXmlRequest(second).send().join())))
        .isEqualTo(Failure.NOT_FOUND);
    assertThat(REST.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(processId)).send().join()
        .items()).extracting(ProcessDefinition::getProcessDefinitionKey).containsExactly(first);
    assertThat(Failure.of(catchThrowable(() -> client.newCreateInstanceCommand().processDefinitionKey(second)
        .send().join()))).isEqualTo(Failure.NOT_FOUND);
    assertThat(client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessDefinitionKey()).isEqualTo(first);
    assertThat(deployProcess(client, processId, "third")).satisfies(third ->
        assertThat(REST.newProcessDefinitionGetRequest(third).send().join().getVersion()).isEqualTo(3));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRefuseToDeleteAProcessDefinitionWithRunningInstances(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String processId = Processes.uniqueId("running");
    long key = deployProcess(client, processId, "running");
    client.newCreateInstanceCommand().processDefinitionKey(key).send().join();

    // when
    Throwable refused = catchThrowable(() -> client.newDeleteResourceCommand(key).send().join());

    // then
    assertThat(Failure.of(refused)).isEqualTo(Failure.FAILED_PRECONDITION);
    assertThat(Failure.detail(refused)).contains("`" + key + "`", "running instances");
    assertThat(REST.newProcessDefinitionGetRequest(key).send().join().getProcessDefinitionId()).isEqualTo(processId);
  }

  @Test
  void shouldAcceptDeleteHistoryInTheRestBodyAndRefuseAnUnknownFieldWithoutDeleting() {
    // given
    String processId = Processes.uniqueId("body");
    long first = deployProcess(REST, processId, "body");
    long second = deployProcess(REST, processId, "body-2");

    // when
    var unknownField = Rest.send("POST", "/v2/resources/" + first + "/deletion", "{\"cascade\":true}");
    var withHistoryFlag = Rest.send("POST", "/v2/resources/" + second + "/deletion",
        "{\"operationReference\":12,\"deleteHistory\":true}");

    // then
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(unknownField.body()).contains("cascade");
    assertThat(REST.newProcessDefinitionGetRequest(first).send().join().getVersion()).isEqualTo(1);
    assertThat(withHistoryFlag.statusCode()).isEqualTo(200);
    assertThat(Failure.of(catchThrowable(() -> REST.newProcessDefinitionGetRequest(second).send().join())))
        .isEqualTo(Failure.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldAnswerNotFoundForAnUnknownKey(Transport transport) {
    // given
    CamundaClient client = transport.client();
    long unknown = 2251799813000042L;

    // when
    Throwable refused = catchThrowable(() -> client.newDeleteResourceCommand(unknown).send().join());

    // then
    assertThat(Failure.of(refused)).isEqualTo(Failure.NOT_FOUND);
    assertThat(Failure.detail(refused)).contains("`" + unknown + "`");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldDeleteADecisionRequirementsGraphSoThatEvaluationFallsBackAndThenIsNotFound(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String decisionId = Processes.uniqueId("korting");
    long first = deployDecision(client, decisionId, 5);
    long second = deployDecision(client, decisionId, 10);

    // when
    client.newDeleteResourceCommand(second).operationReference(7L).send().join();

    // then
    var fallback = client.newEvaluateDecisionCommand().decisionId(decisionId).variables(Map.of()).send().join();
    assertThat(fallback.getDecisionOutput()).isEqualTo("5");
    assertThat(fallback.getDecisionVersion()).isEqualTo(1);
    assertThat(Failure.of(catchThrowable(() -> REST.newDecisionRequirementsGetRequest(second).send().join())))
        .isEqualTo(Failure.NOT_FOUND);

    // when
    client.newDeleteResourceCommand(first).send().join();

    // then
    Throwable evaluation = catchThrowable(() -> client.newEvaluateDecisionCommand().decisionId(decisionId)
        .variables(Map.of()).send().join());
    assertThat(Failure.of(evaluation)).isEqualTo(Failure.NOT_FOUND);
    assertThat(REST.newDecisionDefinitionSearchRequest().filter(f -> f.decisionDefinitionId(decisionId)).send()
        .join().items()).isEmpty();
  }
}
