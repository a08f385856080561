package nl.stedendriehoek.kringloop.engine.execution.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class InclusiveGatewayTest extends EngineTest {

  private static BpmnModelInstance checks() {
    return Bpmn.createExecutableProcess("checks").startEvent().inclusiveGateway("split")
        .sequenceFlowId("toLegal").conditionExpression("= legal").serviceTask("legal", t -> t.zeebeJobType("legal"))
        .inclusiveGateway("merge").serviceTask("after", t -> t.zeebeJobType("after")).endEvent()
        .moveToNode("split").sequenceFlowId("toFinance").conditionExpression("= finance")
        .serviceTask("finance", t -> t.zeebeJobType("finance")).connectTo("merge")
        .moveToNode("split").sequenceFlowId("toIt").conditionExpression("= it")
        .serviceTask("it", t -> t.zeebeJobType("it")).connectTo("merge")
        .done();
  }

  @Test
  void forksIntoEveryFlowWhoseConditionIsTrue() {
    // given
    deploy(checks());

    // when
    long instance = start("checks", Map.of("legal", true, "finance", true, "it", false));

    // then
    assertThat(activeElements(instance)).containsExactlyInAnyOrder("legal", "finance");
  }

  @Test
  void joinWaitsOnlyForTheBranchesThatWereTaken() {
    // given
    deploy(checks());
    long instance = start("checks", Map.of("legal", true, "finance", true, "it", false));

    // when
    completeJob("legal", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("finance");

    // when
    completeJob("finance", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void joinWithASingleTakenBranchPassesAtOnce() {
    // given
    deploy(checks());
    long instance = start("checks", Map.of("legal", false, "finance", false, "it", true));

    // when
    completeJob("it", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void defaultFlowIsTakenWhenNoConditionHoldsAndNoMatchWithoutDefaultIsAnIncident() {
    // given
    deploy(Bpmn.createExecutableProcess("def").startEvent().inclusiveGateway("split")
        .sequenceFlowId("a").conditionExpression("= x = 1").endEvent("endA")
        .moveToLastInclusiveGateway().defaultFlow().endEvent("endDefault").done());
    deploy(Bpmn.createExecutableProcess("nodef").startEvent().inclusiveGateway("split")
        .sequenceFlowId("a").conditionExpression("= x = 1").endEvent("endA")
        .moveToLastInclusiveGateway().sequenceFlowId("b").conditionExpression("= x = 2").endEvent("endB").done());

    // when
    long withDefault = start("def", Map.of("x", 5));
    long withoutDefault = start("nodef", Map.of("x", 5));

    // then
    assertThat(elementStates(withDefault)).contains("endDefault:COMPLETED");
    assertThat(activeIncidents(withoutDefault)).singleElement()
        .satisfies(i -> assertThat(i.errorType()).isEqualTo("CONDITION_ERROR"));
  }
}
