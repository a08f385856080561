package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.search.response.DecisionInstanceState;
import io.camunda.client.api.search.response.DecisionDefinition;
import io.camunda.client.api.search.response.DecisionInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Decisions deployed alone, evaluated through the client, kept as decision instances and searchable. */
class DecisionTest {

  /** A decision table on {@code score}: below 3 "laag", from 3 "hoog", from 5 also "zeer hoog" (UNIQUE: a clash). */
  private static String dmn(String decisionId) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%1$s-drg" name="Score" namespace="https://kringloop.test">
          <decision id="%1$s" name="Score indelen">
            <decisionTable id="%1$s-table" hitPolicy="UNIQUE">
              <input id="%1$s-in"><inputExpression id="%1$s-expr" typeRef="number"><text>score</text></inputExpression></input>
              <output id="%1$s-out" name="niveau" typeRef="string" />
              <rule id="%1$s-r1"><inputEntry id="%1$s-r1i"><text>&lt; 3</text></inputEntry><outputEntry id="%1$s-r1o"><text>"laag"</text></outputEntry></rule>
              <rule id="%1$s-r2"><inputEntry id="%1$s-r2i"><text>&gt;= 3</text></inputEntry><outputEntry id="%1$s-r2o"><text>"hoog"</text></outputEntry></rule>
              <rule id="%1$s-r3"><inputEntry id="%1$s-r3i"><text>&gt;= 5</text></inputEntry><outputEntry id="%1$s-r3o"><text>"zeer hoog"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(decisionId);
  }

  private static String deployDecision(CamundaClient client) {
    String decisionId = Processes.uniqueId("score");
    client.newDeployResourceCommand().addResourceString(dmn(decisionId), StandardCharsets.UTF_8, decisionId + ".dmn")
        .send().join();
    return decisionId;
  }

  private static DecisionDefinition definition(String decisionId) {
    return Transport.REST.client().newDecisionDefinitionSearchRequest()
        .filter(f -> f.decisionDefinitionId(decisionId)).send().join().items().get(0);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldEvaluateADecisionDeployedAloneByIdAndByKey(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String decisionId = deployDecision(client);
    long key = definition(decisionId).getDecisionKey();

    // when
    EvaluateDecisionResponse byId = client.newEvaluateDecisionCommand().decisionId(decisionId)
        .variables(Map.of("score", 4)).send().join();
    EvaluateDecisionResponse byKey = client.newEvaluateDecisionCommand().decisionKey(key)
        .variables(Map.of("score", 1)).send().join();

    // then
    assertThat(byId.getDecisionOutput()).isEqualTo("\"hoog\"");
    assertThat(byId.getDecisionKey()).isEqualTo(key);
    assertThat(byId.getDecisionName()).isEqualTo("Score indelen");
    assertThat(byId.getDecisionVersion()).isEqualTo(1);
    assertThat(byId.getDecisionInstanceKey()).isPositive();
    assertThat(byId.getFailureMessage()).isNullOrEmpty();
    assertThat(byKey.getDecisionOutput()).isEqualTo("\"laag\"");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldAnswerAFailedEvaluationWithItsReasonAndAnUnknownDecisionAsNotFound(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String decisionId = deployDecision(client);

    // when
    EvaluateDecisionResponse clash = client.newEvaluateDecisionCommand().decisionId(decisionId)
        .variables(Map.of("score", 6)).send().join();
    Throwable unknown = catchThrowable(() -> client.newEvaluateDecisionCommand()
        .decisionId(Processes.uniqueId("never-deployed")).send().join());

    // then
    assertThat(clash.getFailedDecisionId()).isEqualTo(decisionId);
    assertThat(clash.getFailureMessage()).isNotBlank();
    assertThat(Failure.of(unknown)).isEqualTo(Failure.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldKeepEvaluationsAsSearchableDecisionInstancesWithDefinitionAndXml(Transport transport) {
    // given
    CamundaClient client = transport.client();
    CamundaClient rest = Transport.REST.client();
    String decisionId = deployDecision(client);
    DecisionDefinition definition = definition(decisionId);
    client.newEvaluateDecisionCommand().decisionId(decisionId).variables(Map.of("score", 4)).send().join();
    client.newEvaluateDecisionCommand().decisionId(decisionId).variables(Map.of("score", 6)).send().join();

    // when
    var instances = rest.newDecisionInstanceSearchRequest().filter(f -> f.decisionDefinitionId(decisionId))
        .sort(s -> s.evaluationDate().asc()).send().join();
    DecisionInstance first = rest.newDecisionInstanceGetRequest(instances.items().get(0).getDecisionInstanceId())
        .send().join();
    String xml = rest.newDecisionDefinitionGetXmlRequest(definition.getDecisionKey()).send().join();
    var requirements = rest.newDecisionRequirementsGetRequest(definition.getDecisionRequirementsKey()).send().join();

    // then
    assertThat(instances.page().totalItems()).isEqualTo(2);
    assertThat(instances.items()).extracting(DecisionInstance::getState)
        .containsExactly(DecisionInstanceState.EVALUATED, DecisionInstanceState.FAILED);
    assertThat(first.getResult()).isEqualTo("\"hoog\"");
    assertThat(first.getDecisionDefinitionName()).isEqualTo("Score indelen");
    assertThat(xml).contains("id=\"" + decisionId + "\"");
    assertThat(requirements.getDmnDecisionRequirementsId()).isEqualTo(decisionId + "-drg");
    assertThat(rest.newDecisionDefinitionGetRequest(definition.getDecisionKey()).send().join().getDmnDecisionId())
        .isEqualTo(decisionId);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldFindTheDecisionInstanceOfABusinessRuleTaskByProcessInstance(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String decisionId = deployDecision(client);
    String processId = Processes.uniqueId("rule");
    Processes.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .businessRuleTask("indelen", t -> t.zeebeCalledDecisionId(decisionId).zeebeResultVariable("niveau"))
        .endEvent().done());

    // when
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("score", 2)).send().join().getProcessInstanceKey();

    // then
    var found = Transport.REST.client().newDecisionInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).send().join().items();
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.getDecisionDefinitionId()).isEqualTo(decisionId);
      assertThat(d.getResult()).isEqualTo("\"laag\"");
      assertThat(d.getProcessInstanceKey()).isEqualTo(instance);
    });
  }
}
