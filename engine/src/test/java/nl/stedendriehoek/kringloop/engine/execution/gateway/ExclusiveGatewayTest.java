package nl.stedendriehoek.kringloop.engine.execution.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ExclusiveGatewayTest extends EngineTest {

  private static BpmnModelInstance amountRouting(boolean withDefault) {
    var builder = Bpmn.createExecutableProcess("route").startEvent().exclusiveGateway("amount")
        .sequenceFlowId("big").conditionExpression("= amount > 100").endEvent("bigEnd")
        .moveToNode("amount").sequenceFlowId("small").conditionExpression("= amount <= 100 and amount > 0")
        .endEvent("smallEnd");
    return withDefault
        ? builder.moveToLastExclusiveGateway().defaultFlow().sequenceFlowId("zero").endEvent("zeroEnd").done()
        : builder.done();
  }

  @Test
  void takesTheFirstFlowWhoseConditionIsTrue() {
    // given
    deploy(amountRouting(true));

    // when
    long big = start("route", Map.of("amount", 150));
    long small = start("route", Map.of("amount", 50));

    // then
    assertThat(elementStates(big)).contains("bigEnd:COMPLETED").doesNotContain("smallEnd:COMPLETED");
    assertThat(elementStates(small)).contains("smallEnd:COMPLETED").doesNotContain("bigEnd:COMPLETED");
  }

  @Test
  void takesTheDefaultFlowWhenNoConditionHolds() {
    // given
    deploy(amountRouting(true));

    // when
    long instance = start("route", Map.of("amount", 0));

    // then
    assertThat(elementStates(instance)).contains("zeroEnd:COMPLETED");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void noMatchingConditionWithoutDefaultRaisesAnIncidentResolvedAfterFixingVariables() {
    // given
    deploy(amountRouting(false));
    long instance = start("route", Map.of("amount", -5));
    var incident = activeIncidents(instance).get(0);
    assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
    assertThat(incident.elementId()).isEqualTo("amount");
    assertThat(incident.errorMessage()).contains("'amount'").contains(String.valueOf(instance));
    assertThat(processState(instance)).isEqualTo("ACTIVE");

    // when
    service.setVariables(instance, Map.of("amount", 500), false);
    service.resolveIncident(incident.incidentKey());

    // then
    assertThat(elementStates(instance)).contains("bigEnd:COMPLETED");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(activeIncidents(instance)).isEmpty();
  }

  @Test
  void conditionThatIsNotABooleanRaisesAnIncidentNamingFlowAndGateway() {
    // given
    deploy(amountRouting(true));

    // when
    long instance = start("route", Map.of("amount", "lots"));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(i -> {
      assertThat(i.errorType()).isEqualTo("CONDITION_ERROR");
      assertThat(i.errorMessage()).contains("flow 'big'").contains("gateway 'amount'").contains("amount > 100");
    });
  }

  @Test
  void singleUnconditionalFlowIsJustTaken() {
    // given
    deploy(Bpmn.createExecutableProcess("pass").startEvent().exclusiveGateway("g").endEvent("e").done());

    // when
    long instance = start("pass");

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }
}
