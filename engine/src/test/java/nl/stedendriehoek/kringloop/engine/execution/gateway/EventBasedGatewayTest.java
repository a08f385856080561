package nl.stedendriehoek.kringloop.engine.execution.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class EventBasedGatewayTest extends EngineTest {

  private static BpmnModelInstance replyOrReminder() {
    return Bpmn.createExecutableProcess("wait").startEvent()
        .eventBasedGateway("which")
        .intermediateCatchEvent("reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("caseId"))
        .endEvent("answered")
        .moveToNode("which")
        .intermediateCatchEvent("deadline").timerWithDuration("P14D")
        .endEvent("remindered")
        .done();
  }

  @Test
  void theMessageArrivingFirstWinsAndTheTimerIsCancelled() {
    // given
    deploy(replyOrReminder());
    long instance = start("wait", Map.of("caseId", "c-1"));
    assertThat(activeElements(instance)).containsExactly("which");

    // when
    service.publishMessage(new PublishMessage("reply", "c-1", Duration.ZERO, null, Map.of("answer", "yes")));
    clock.add(Duration.ofDays(30));
    engine.processDueWork();

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("which:COMPLETED", "reply:COMPLETED", "answered:COMPLETED")
        .noneMatch(s -> s.startsWith("deadline") || s.startsWith("remindered"));
    assertThat(variables(instance)).containsEntry("answer", "yes");
  }

  @Test
  void theTimerFiringFirstWinsAndTheMessageSubscriptionIsClosed() {
    // given
    deploy(replyOrReminder());
    long instance = start("wait", Map.of("caseId", "c-1"));

    // when
    clock.add(Duration.ofDays(14));
    engine.processDueWork();

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("deadline:COMPLETED", "remindered:COMPLETED")
        .noneMatch(s -> s.startsWith("reply"));
    assertThatThrownBy(() -> service.correlateMessage("reply", "c-1", Map.of())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSignalCanWinAgainstAMessage() {
    // given
    deploy(Bpmn.createExecutableProcess("wait").startEvent()
        .eventBasedGateway("which")
        .intermediateCatchEvent("reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("caseId"))
        .endEvent("answered")
        .moveToNode("which")
        .intermediateCatchEvent("stop").signal("stop-all")
        .endEvent("stopped")
        .done());
    long instance = start("wait", Map.of("caseId", "c-1"));

    // when
    service.broadcastSignal("stop-all", Map.of("why", "closed"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("stop:COMPLETED", "stopped:COMPLETED").noneMatch(s -> s.startsWith("reply"));
    assertThat(variables(instance)).containsEntry("why", "closed");
    assertThatThrownBy(() -> service.correlateMessage("reply", "c-1", Map.of())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBufferedMessageWinsAtOnce() {
    // given
    deploy(replyOrReminder());
    service.publishMessage(new PublishMessage("reply", "c-1", Duration.ofDays(1), null, Map.of()));

    // when
    long instance = start("wait", Map.of("caseId", "c-1"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("answered:COMPLETED");
  }

  @Test
  void anInvalidCorrelationKeyRaisesAnIncidentOnTheGatewayAndResolvingItArmsTheEventsOnce() {
    // given
    deploy(replyOrReminder());
    long instance = start("wait");
    var incident = activeIncidents(instance).get(0);
    assertThat(incident.errorMessage()).contains("event 'reply' of element 'which'", "got null");

    // when
    service.setVariables(instance, Map.of("caseId", "c-1"), false);
    service.resolveIncident(incident.incidentKey());
    clock.add(Duration.ofDays(14));
    engine.processDueWork();

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).filteredOn(s -> s.startsWith("deadline")).hasSize(1);
  }
}
