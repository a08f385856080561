package nl.stedendriehoek.kringloop.engine.execution.container;

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

/** Event sub-processes started by a message (correlated by key) or a signal, in a process or a sub-process. */
class MessageAndSignalEventSubProcessTest extends EngineTest {

  /** A project waiting at "work"; a "knelpunt" message for its project id starts the event sub-process. */
  private static BpmnModelInstance withMessageEventSubProcess(boolean interrupting) {
    return Bpmn.createExecutableProcess("project")
        .eventSubProcess("bottleneck", esp -> esp.startEvent("raised").interrupting(interrupting)
            .message(m -> m.name("knelpunt").zeebeCorrelationKeyExpression("projectId"))
            .serviceTask("handle", t -> t.zeebeJobType("handle")).endEvent("handled"))
        .startEvent().serviceTask("work", t -> t.zeebeJobType("work")).endEvent("done").done();
  }

  private static void publish(String key, Map<String, Object> variables) {
    service.publishMessage(new PublishMessage("knelpunt", key, Duration.ZERO, null, variables));
  }

  @Test
  void aNonInterruptingMessageEventSubProcessRunsBesideTheWorkEachTimeAMessageArrives() {
    // given
    deploy(withMessageEventSubProcess(false));
    long instance = start("project", Map.of("projectId", "p-1"));

    // when
    publish("p-1", Map.of("omschrijving", "te weinig capaciteit"));
    publish("p-1", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactlyInAnyOrder(
        "work", "bottleneck", "handle", "bottleneck", "handle");
    assertThat(activate("handle", 10)).hasSize(2)
        .anySatisfy(job -> assertThat(job.variables()).containsEntry("omschrijving", "te weinig capaciteit"));
  }

  @Test
  void anInterruptingMessageEventSubProcessEndsTheWorkAndTheProcessEndsWithIt() {
    // given
    deploy(withMessageEventSubProcess(true));
    long instance = start("project", Map.of("projectId", "p-1"));

    // when
    publish("p-1", Map.of());
    completeJob("handle", Map.of());

    // then
    assertThat(elementStates(instance)).contains("work:TERMINATED", "raised:COMPLETED", "handled:COMPLETED");
    assertThat(elementStates(instance)).doesNotContain("done:COMPLETED");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void aMessageForAnotherKeyDoesNotStartTheEventSubProcess() {
    // given
    deploy(withMessageEventSubProcess(false));
    long instance = start("project", Map.of("projectId", "p-1"));

    // when / then
    assertThatThrownBy(() -> service.correlateMessage("knelpunt", "p-2", Map.of()))
        .isInstanceOf(NotFoundException.class);
    assertThat(activeElements(instance)).containsExactly("work");
  }

  @Test
  void theSubscriptionClosesWhenTheProcessCompletes() {
    // given
    deploy(withMessageEventSubProcess(false));
    long instance = start("project", Map.of("projectId", "p-1"));

    // when
    completeJob("work", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThatThrownBy(() -> service.correlateMessage("knelpunt", "p-1", Map.of()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBufferedMessageStartsTheEventSubProcessWhenTheScopeActivates() {
    // given
    deploy(withMessageEventSubProcess(true));
    service.publishMessage(new PublishMessage("knelpunt", "p-1", Duration.ofHours(1), null, Map.of()));

    // when
    long instance = start("project", Map.of("projectId", "p-1"));

    // then
    assertThat(activeElements(instance)).containsExactlyInAnyOrder("bottleneck", "handle");
  }

  @Test
  void aCorrelationKeyThatIsNullRaisesAnIncidentOnTheScope() {
    // given
    deploy(withMessageEventSubProcess(false));

    // when
    long instance = start("project", Map.of());

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident ->
        assertThat(incident.errorMessage()).contains("correlation key 'projectId'", "raised", "got null"));
  }

  @Test
  void aSignalStartsTheEventSubProcessOfASubProcessOnlyWhileThatSubProcessRuns() {
    // given
    deploy(Bpmn.createExecutableProcess("year").startEvent()
        .subProcess("execution", sub -> sub.embeddedSubProcess()
            .eventSubProcess("stop", esp -> esp.startEvent("stopped").interrupting(true).signal("jaar-gestopt")
                .endEvent("closed"))
            .startEvent().serviceTask("work", t -> t.zeebeJobType("work")).endEvent())
        .serviceTask("evaluate", t -> t.zeebeJobType("evaluate")).endEvent().done());
    long running = start("year");

    // when
    service.broadcastSignal("jaar-gestopt", Map.of());

    // then
    assertThat(elementStates(running)).contains("work:TERMINATED", "stopped:COMPLETED", "execution:COMPLETED");
    assertThat(activeElements(running)).containsExactly("evaluate");

    // when: a signal after the sub-process ended reaches nothing
    service.broadcastSignal("jaar-gestopt", Map.of());

    // then
    assertThat(activeElements(running)).containsExactly("evaluate");
  }
}
