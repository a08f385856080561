package nl.stedendriehoek.kringloop.engine.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * Only the latest version of a process listens to its start events. Deleting that version hands
 * them back to the version before it; deleting an older version leaves them alone.
 */
class DeletingTheLatestVersionTest extends EngineTest {

  /** A timer start every hour and a message start 'aanvraag', both leading to a job of {@code jobType}. */
  private static BpmnModelInstance startedByTimerAndMessage(String jobType) {
    var process = Bpmn.createExecutableProcess("intake");
    process.startEvent("hourly").timerWithCycle("R/PT1H").serviceTask("work-timer", t -> t.zeebeJobType(jobType))
        .endEvent();
    return process.startEvent("received").message("aanvraag")
        .serviceTask("work-message", t -> t.zeebeJobType(jobType)).endEvent().done();
  }

  private static long deployVersion(String jobType) {
    return deploy(startedByTimerAndMessage(jobType)).process("intake").processDefinitionKey();
  }

  private static List<ProcessInstanceView> instances() {
    return queries.processInstances(new ProcessInstanceFilter("intake", null));
  }

  private static void passTime(Duration duration) {
    clock.add(duration);
    engine.processDueWork();
  }

  private static void publishMessage() {
    service.publishMessage(new PublishMessage("aanvraag", null, Duration.ZERO, null, Map.of()));
  }

  @Test
  void shouldReactivateThePreviousVersionsTimerAndMessageStartEvents() {
    // given
    long first = deployVersion("first");
    long second = deployVersion("second");

    // when
    service.deleteResource(second, null);
    passTime(Duration.ofHours(1));
    publishMessage();

    // then
    assertThat(instances()).hasSize(2).allSatisfy(i -> assertThat(i.processDefinitionKey()).isEqualTo(first));
    assertThat(activate("first", 10)).extracting(j -> j.elementId())
        .containsExactlyInAnyOrder("work-timer", "work-message");
    assertThat(activate("second", 10)).isEmpty();
  }

  @Test
  void shouldRescheduleThePreviousVersionsTimerFromTheMomentOfDeletion() {
    // given
    long first = deployVersion("first");
    long second = deployVersion("second");
    passTime(Duration.ofMinutes(30));

    // when
    service.deleteResource(second, null);
    passTime(Duration.ofMinutes(59));

    // then
    assertThat(instances()).isEmpty();

    // when
    passTime(Duration.ofMinutes(1));

    // then
    assertThat(instances()).singleElement().satisfies(i -> assertThat(i.processDefinitionKey()).isEqualTo(first));
  }

  @Test
  void shouldLeaveTheLatestVersionsStartEventsAloneWhenAnOlderVersionIsDeleted() {
    // given
    long first = deployVersion("first");
    long second = deployVersion("second");

    // when
    service.deleteResource(first, null);
    passTime(Duration.ofHours(1));
    publishMessage();

    // then
    assertThat(instances()).hasSize(2).allSatisfy(i -> assertThat(i.processDefinitionKey()).isEqualTo(second));
    assertThat(activate("second", 10)).hasSize(2);
  }

  @Test
  void shouldStopAllStartEventsWhenTheOnlyVersionIsDeleted() {
    // given
    long only = deployVersion("only");

    // when
    service.deleteResource(only, null);
    passTime(Duration.ofHours(2));
    publishMessage();

    // then
    assertThat(instances()).isEmpty();
    assertThat(activate("only", 10)).isEmpty();
  }
}
