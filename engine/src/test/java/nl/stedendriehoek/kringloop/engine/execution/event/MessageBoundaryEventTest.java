package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class MessageBoundaryEventTest extends EngineTest {

  private static BpmnModelInstance taskWithMessageBoundary(boolean interrupting) {
    return Bpmn.createExecutableProcess("case").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work"))
        .boundaryEvent("withdrawn").cancelActivity(interrupting)
        .message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId"))
        .serviceTask("archive", t -> t.zeebeJobType("archive")).endEvent("archived")
        .moveToActivity("work").endEvent("done").done();
  }

  private static void publish(String key, Map<String, Object> variables) {
    service.publishMessage(new PublishMessage("withdrawn", key, Duration.ZERO, null, variables));
  }

  @Test
  void anInterruptingMessageBoundaryEventTerminatesTheTaskAndTakesItsPath() {
    // given
    deploy(taskWithMessageBoundary(true));
    long instance = start("case", Map.of("caseId", "c-1"));

    // when
    publish("c-1", Map.of("reason", "moved"));

    // then
    assertThat(elementStates(instance)).contains("work:TERMINATED", "withdrawn:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("archive");
    assertThat(variables(instance)).containsEntry("reason", "moved");
    assertThat(queries.jobs(new JobFilter(instance, "work", null))).extracting(j -> j.state()).containsExactly("CANCELED");
  }

  @Test
  void aNonInterruptingMessageBoundaryEventLetsTheTaskGoOnAndCanFireAgain() {
    // given
    deploy(taskWithMessageBoundary(false));
    long instance = start("case", Map.of("caseId", "c-1"));

    // when
    publish("c-1", Map.of());
    publish("c-1", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactlyInAnyOrder("work", "archive", "archive");
  }

  @Test
  void completingTheTaskClosesItsBoundarySubscription() {
    // given
    deploy(taskWithMessageBoundary(true));
    long instance = start("case", Map.of("caseId", "c-1"));

    // when
    completeJob("work", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThatThrownBy(() -> service.correlateMessage("withdrawn", "c-1", Map.of()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBufferedMessageInterruptsTheTaskRightAfterItIsActivated() {
    // given
    deploy(taskWithMessageBoundary(true));
    service.publishMessage(new PublishMessage("withdrawn", "c-1", Duration.ofHours(1), null, Map.of()));

    // when
    long instance = start("case", Map.of("caseId", "c-1"));

    // then
    assertThat(activeElements(instance)).containsExactly("archive");
    assertThat(queries.jobs(new JobFilter(instance, "work", null))).extracting(j -> j.state()).containsExactly("CANCELED");
  }

  @Test
  void aBoundaryCorrelationKeyThatIsNullRaisesAnIncidentOnTheActivity() {
    // given
    deploy(taskWithMessageBoundary(true));

    // when
    long instance = start("case");

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.elementId()).isEqualTo("work");
      assertThat(incident.errorMessage()).contains("event 'withdrawn' of element 'work'", "got null");
    });
  }
}
