package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ReceiveTaskTest extends EngineTest {

  private static void deployReceiveTask() {
    deploy(Bpmn.createExecutableProcess("approval").startEvent()
        .receiveTask("awaitDecision").message(m -> m.name("decision").zeebeCorrelationKeyExpression("caseId"))
        .endEvent().done());
  }

  @Test
  void aReceiveTaskWaitsForItsMessageAndCompletesWithItsVariables() {
    // given
    deployReceiveTask();
    long instance = start("approval", Map.of("caseId", "c-7"));
    assertThat(activeElements(instance)).containsExactly("awaitDecision");

    // when
    service.publishMessage(new PublishMessage("decision", "c-7", Duration.ZERO, null, Map.of("approved", true)));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("approved", true);
  }

  @Test
  void aReceiveTaskTakesABufferedMessageAtOnce() {
    // given
    deployReceiveTask();
    service.publishMessage(new PublishMessage("decision", "c-7", Duration.ofDays(1), null, Map.of()));

    // when
    long instance = start("approval", Map.of("caseId", "c-7"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void aReceiveTaskWithAnInvalidCorrelationKeyRaisesAnIncident() {
    // given
    deployReceiveTask();

    // when
    long instance = start("approval", Map.of("caseId", Map.of("nested", true)));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident ->
        assertThat(incident.errorMessage()).contains("element 'awaitDecision'", "got object"));
  }

  @Test
  void aMultiInstanceReceiveTaskWaitsForOneMessagePerItem() {
    // given
    deploy(Bpmn.createExecutableProcess("many").startEvent()
        .receiveTask("answer").message(m -> m.name("answer").zeebeCorrelationKeyExpression("item"))
        .multiInstance(mi -> mi.parallel().zeebeInputCollectionExpression("items").zeebeInputElement("item"))
        .endEvent().done());
    long instance = start("many", Map.of("items", List.of("a", "b")));

    // when
    service.publishMessage(new PublishMessage("answer", "a", Duration.ZERO, null, Map.of()));

    // then
    assertThat(processState(instance)).isEqualTo("ACTIVE");

    // when
    service.publishMessage(new PublishMessage("answer", "b", Duration.ZERO, null, Map.of()));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }
}
