package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class TimerStartEventTest extends EngineTest {

  private static BpmnModelInstance startingEvery(String cycle, String jobType) {
    return Bpmn.createExecutableProcess("scheduled").startEvent("tick").timerWithCycle(cycle)
        .serviceTask("work", t -> t.zeebeJobType(jobType)).endEvent().done();
  }

  private static long instancesOf(String processId) {
    return queries.processInstances(new ProcessInstanceFilter(processId, null)).size();
  }

  private static void passTime(Duration duration) {
    clock.add(duration);
    engine.processDueWork();
  }

  @Test
  void timerStartEventWithADateCreatesOneInstanceAtThatMoment() {
    // given
    deploy(Bpmn.createExecutableProcess("once").startEvent("at").timerWithDate("2026-03-02T10:00:00Z")
        .serviceTask("work", t -> t.zeebeJobType("work")).endEvent().done());

    // when
    passTime(Duration.ofMinutes(59));

    // then
    assertThat(instancesOf("once")).isZero();

    // when
    passTime(Duration.ofMinutes(1));
    passTime(Duration.ofDays(1));

    // then
    assertThat(instancesOf("once")).isEqualTo(1);
    assertThat(activateOne("work").elementId()).isEqualTo("work");
  }

  @Test
  void timerStartCycleCreatesAnInstancePerRepetitionAndThenStops() {
    // given
    deploy(startingEvery("R2/PT1H", "work"));

    // when
    passTime(Duration.ofHours(1));
    passTime(Duration.ofHours(1));
    passTime(Duration.ofHours(1));

    // then
    assertThat(instancesOf("scheduled")).isEqualTo(2);
  }

  @Test
  void aNewVersionReplacesTheTimerOfThePreviousOne() {
    // given
    deploy(startingEvery("R/PT1H", "old"));
    deploy(startingEvery("R/PT1H", "new"));

    // when
    passTime(Duration.ofHours(1));

    // then
    assertThat(instancesOf("scheduled")).isEqualTo(1);
    assertThat(activate("old", 10)).isEmpty();
    assertThat(activateOne("new").processDefinitionVersion()).isEqualTo(2);
  }

  @Test
  void aProcessWithOnlyATimerStartCannotBeStartedByACommand() {
    // given
    deploy(startingEvery("R/PT1H", "work"));

    // when / then
    assertThatThrownBy(() -> start("scheduled"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("has only timer start events");
  }

  @Test
  void feelTimerStartEventsAreRefusedAtDeployment() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("feel").startEvent("tick").timerWithCycleExpression("cycle")
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'tick'")
        .hasMessageContaining("timer start events with a FEEL expression are not supported");
  }
}
