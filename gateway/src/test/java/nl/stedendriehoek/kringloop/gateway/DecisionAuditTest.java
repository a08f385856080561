package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.EvaluatedDecision;
import io.camunda.client.api.response.EvaluatedDecisionInput;
import io.camunda.client.api.response.EvaluatedDecisionOutput;
import io.camunda.client.api.response.MatchedDecisionRule;
import io.camunda.client.api.search.response.DecisionDefinitionType;
import io.camunda.client.api.search.response.DecisionInstanceState;
import io.camunda.client.api.search.response.DecisionInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an evaluation saw and decided: every decision evaluated (a required decision before the one
 * that needs it), the inputs of each decision table and the rules that matched with their outputs —
 * in the evaluation's answer and on the decision instances kept for it.
 */
class DecisionAuditTest {

  /** "advies" requires "niveau": niveau grades a score, advies turns the grade into advice. */
  private static String dmn(String prefix) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%1$s-drg" name="Advies" namespace="https://kringloop.test">
          <decision id="%1$s-niveau" name="Niveau bepalen">
            <variable id="%1$s-niveau-var" name="niveau" />
            <decisionTable id="%1$s-niveau-table" hitPolicy="UNIQUE">
              <input id="%1$s-score" label="Score"><inputExpression id="%1$s-score-expr" typeRef="number"><text>score</text></inputExpression></input>
              <output id="%1$s-niveau-out" name="niveau" typeRef="string" />
              <rule id="%1$s-laag"><inputEntry id="%1$s-laag-i"><text>&lt; 3</text></inputEntry><outputEntry id="%1$s-laag-o"><text>"laag"</text></outputEntry></rule>
              <rule id="%1$s-hoog"><inputEntry id="%1$s-hoog-i"><text>&gt;= 3</text></inputEntry><outputEntry id="%1$s-hoog-o"><text>"hoog"</text></outputEntry></rule>
            </decisionTable>
          </decision>
          <decision id="%1$s-advies" name="Advies geven">
            <informationRequirement id="%1$s-req"><requiredDecision href="#%1$s-niveau" /></informationRequirement>
            <decisionTable id="%1$s-advies-table" hitPolicy="FIRST">
              <input id="%1$s-in-niveau" label="Niveau"><inputExpression id="%1$s-in-niveau-expr" typeRef="string"><text>niveau</text></inputExpression></input>
              <output id="%1$s-advies-out" name="advies" typeRef="string" />
              <rule id="%1$s-oppakken"><inputEntry id="%1$s-oppakken-i"><text>"hoog"</text></inputEntry><outputEntry id="%1$s-oppakken-o"><text>"oppakken"</text></outputEntry></rule>
              <rule id="%1$s-volgen"><inputEntry id="%1$s-volgen-i"><text>-</text></inputEntry><outputEntry id="%1$s-volgen-o"><text>"volgen"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(prefix);
  }

  private static String deploy(CamundaClient client) {
    String prefix = Processes.uniqueId("advies");
    client.newDeployResourceCommand().addResourceString(dmn(prefix), StandardCharsets.UTF_8, prefix + ".dmn")
        .send().join();
    return prefix;
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldAnswerAnEvaluationWithEveryDecisionEvaluatedItsInputsAndMatchedRules(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String prefix = deploy(client);

    // when
    EvaluateDecisionResponse response = client.newEvaluateDecisionCommand().decisionId(prefix + "-advies")
        .variables(Map.of("score", 4)).send().join();

    // then
    assertThat(response.getDecisionOutput()).isEqualTo("\"oppakken\"");
    assertThat(response.getEvaluatedDecisions()).extracting(EvaluatedDecision::getDecisionId)
        .containsExactly(prefix + "-niveau", prefix + "-advies");
    EvaluatedDecision niveau = response.getEvaluatedDecisions().get(0);
    assertThat(niveau.getDecisionType()).isEqualTo("DECISION_TABLE");
    assertThat(niveau.getDecisionOutput()).isEqualTo("\"hoog\"");
    assertThat(niveau.getDecisionKey()).isPositive();
    assertThat(niveau.getDecisionEvaluationInstanceKey()).isEqualTo(response.getDecisionEvaluationKey() + "-1");
    assertThat(niveau.getEvaluatedInputs()).singleElement().satisfies(input -> {
      assertThat(input.getInputId()).isEqualTo(prefix + "-score");
      assertThat(input.getInputValue()).isEqualTo("4");
    });
    assertThat(niveau.getMatchedRules()).singleElement().satisfies(rule -> {
      assertThat(rule.getRuleId()).isEqualTo(prefix + "-hoog");
      assertThat(rule.getRuleIndex()).isEqualTo(2);
      assertThat(rule.getEvaluatedOutputs()).extracting(EvaluatedDecisionOutput::getOutputValue)
          .containsExactly("\"hoog\"");
    });
    EvaluatedDecision advies = response.getEvaluatedDecisions().get(1);
    assertThat(advies.getDecisionEvaluationInstanceKey()).isEqualTo(response.getDecisionEvaluationKey() + "-2");
    assertThat(advies.getEvaluatedInputs()).extracting(EvaluatedDecisionInput::getInputValue)
        .containsExactly("\"hoog\"");
    assertThat(advies.getMatchedRules()).extracting(MatchedDecisionRule::getRuleIndex).containsExactly(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldKeepInputsAndMatchedRulesOnTheDecisionInstancesOfABusinessRuleTask(Transport transport) {
    // given
    CamundaClient client = transport.client();
    CamundaClient rest = Transport.REST.client();
    String prefix = deploy(client);
    String processId = Processes.uniqueId("advies-proces");
    Processes.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .businessRuleTask("adviseren", t -> t.zeebeCalledDecisionId(prefix + "-advies").zeebeResultVariable("advies"))
        .endEvent().done());

    // when
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("score", 1)).send().join().getProcessInstanceKey();
    var found = rest.newDecisionInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).send().join().items();
    DecisionInstance called = rest.newDecisionInstanceGetRequest(found.get(1).getDecisionInstanceId()).send().join();
    DecisionInstance required = rest.newDecisionInstanceGetRequest(found.get(0).getDecisionInstanceId()).send().join();

    // then: both decisions are instances of their own, the required one first
    assertThat(found).extracting(DecisionInstance::getDecisionDefinitionId)
        .containsExactly(prefix + "-niveau", prefix + "-advies");
    assertThat(found.get(0).getDecisionInstanceId()).endsWith("-1");
    assertThat(found.get(1).getDecisionInstanceId()).endsWith("-2");
    assertThat(found).extracting(DecisionInstance::getDecisionDefinitionType)
        .containsOnly(DecisionDefinitionType.DECISION_TABLE);
    assertThat(called.getResult()).isEqualTo("\"volgen\"");
    assertThat(called.getEvaluatedInputs()).extracting(EvaluatedDecisionInput::getInputValue)
        .containsExactly("\"laag\"");
    assertThat(called.getMatchedRules()).singleElement().satisfies(rule -> {
      assertThat(rule.getRuleId()).isEqualTo(prefix + "-volgen");
      assertThat(rule.getRuleIndex()).isEqualTo(2);
    });
    assertThat(required.getDecisionDefinitionId()).isEqualTo(prefix + "-niveau");
    assertThat(required.getResult()).isEqualTo("\"laag\"");
    assertThat(required.getEvaluatedInputs()).extracting(EvaluatedDecisionInput::getInputValue).containsExactly("1");
    assertThat(required.getMatchedRules()).extracting(MatchedDecisionRule::getRuleIndex).containsExactly(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldFindARequiredDecisionAsAnInstanceOfItsOwnByItsId(Transport transport) {
    // given: an evaluation of the advice, which required the grade
    CamundaClient client = transport.client();
    CamundaClient rest = Transport.REST.client();
    String prefix = deploy(client);
    client.newEvaluateDecisionCommand().decisionId(prefix + "-advies").variables(Map.of("score", 7)).send().join();

    // when
    var required = rest.newDecisionInstanceSearchRequest()
        .filter(f -> f.decisionDefinitionId(prefix + "-niveau")).send().join().items();
    var called = rest.newDecisionInstanceSearchRequest()
        .filter(f -> f.decisionDefinitionId(prefix + "-advies")).send().join().items();

    // then
    assertThat(required).singleElement().satisfies(d -> {
      assertThat(d.getState()).isEqualTo(DecisionInstanceState.EVALUATED);
      assertThat(d.getResult()).isEqualTo("\"hoog\"");
    });
    assertThat(called).singleElement().satisfies(d -> assertThat(d.getResult()).isEqualTo("\"oppakken\""));
    assertThat(rest.newDecisionInstanceGetRequest(required.get(0).getDecisionInstanceId()).send().join()
        .getMatchedRules()).extracting(MatchedDecisionRule::getRuleIndex).containsExactly(2);
  }
}
