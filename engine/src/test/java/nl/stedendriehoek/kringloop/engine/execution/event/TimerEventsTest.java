package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.Test;

class TimerEventsTest extends EngineTest {

  private static void passTime(Duration duration) {
    clock.add(duration);
    engine.processDueWork();
  }

  private static BpmnModelInstance taskWithBoundary(boolean interrupting, String cycleOrDuration, boolean cycle) {
    var task = Bpmn.createExecutableProcess("boundary").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work"));
    var boundary = task.boundaryEvent("timer").cancelActivity(interrupting);
    var withTimer = cycle ? boundary.timerWithCycle(cycleOrDuration) : boundary.timerWithDuration(cycleOrDuration);
    return withTimer.serviceTask("escalate", t -> t.zeebeJobType("escalate")).endEvent("escalated")
        .moveToActivity("work").endEvent("done").done();
  }

  private static long countOf(long instance, String elementId) {
    return queries.elementInstances(instance).stream().filter(e -> e.elementId().equals(elementId)).count();
  }

  @Test
  void intermediateTimerCatchEventWaitsForItsDuration() {
    // given
    deploy(Bpmn.createExecutableProcess("waiting").startEvent()
        .intermediateCatchEvent("wait").timerWithDuration("PT1H").endEvent().done());
    long instance = start("waiting");

    // when
    passTime(Duration.ofMinutes(59));

    // then
    assertThat(activeElements(instance)).containsExactly("wait");

    // when
    passTime(Duration.ofMinutes(1));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void timerDateCanComeFromAFeelExpression() {
    // given
    deploy(Bpmn.createExecutableProcess("date").startEvent()
        .intermediateCatchEvent("until").timerWithDateExpression("deadline").endEvent().done());
    long instance = start("date", Map.of("deadline", "2026-03-02T12:00:00+01:00"));

    // when
    passTime(Duration.ofMinutes(119));

    // then
    assertThat(activeElements(instance)).containsExactly("until");

    // when
    passTime(Duration.ofMinutes(1));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void interruptingBoundaryTimerTerminatesTheTaskAndTakesItsOwnPath() {
    // given
    deploy(taskWithBoundary(true, "PT10M", false));
    long instance = start("boundary");

    // when
    passTime(Duration.ofMinutes(10));

    // then
    assertThat(elementStates(instance)).contains("work:TERMINATED", "timer:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("escalate");
    assertThat(queries.jobs(new JobFilter(instance, "work", null))).extracting(j -> j.state()).containsExactly("CANCELED");
  }

  @Test
  void nonInterruptingBoundaryCycleFiresItsRepetitionsWhileTheTaskGoesOn() {
    // given
    deploy(taskWithBoundary(false, "R2/PT1H", true));
    long instance = start("boundary");

    // when
    passTime(Duration.ofHours(1));
    passTime(Duration.ofHours(1));
    passTime(Duration.ofHours(1));

    // then
    assertThat(countOf(instance, "timer")).isEqualTo(2);
    assertThat(activeElements(instance)).contains("work").filteredOn("escalate"::equals).hasSize(2);
  }

  @Test
  void completingTheTaskCancelsItsBoundaryTimer() {
    // given
    deploy(taskWithBoundary(true, "PT10M", false));
    long instance = start("boundary");

    // when
    completeJob("work", Map.of());
    passTime(Duration.ofHours(1));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(countOf(instance, "timer")).isZero();
  }

  @Test
  void aRepeatedTriggerOfTheSameTimerIsANoOp() {
    // given
    deploy(taskWithBoundary(false, "PT10M", false));
    long instance = start("boundary");
    passTime(Duration.ofMinutes(10));

    // when
    engine.processDueWork();
    passTime(Duration.ofHours(5));

    // then
    assertThat(countOf(instance, "timer")).isEqualTo(1);
  }

  @Test
  void invalidTimerValueRaisesAnIncidentNamingTheEvent() {
    // given
    deploy(Bpmn.createExecutableProcess("bad").startEvent()
        .intermediateCatchEvent("until").timerWithDateExpression("deadline").endEvent().done());

    // when
    long instance = start("bad", Map.of("deadline", "next tuesday"));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage()).contains("timer date 'deadline'", "event 'until'", "'next tuesday' is not an ISO 8601 date-time");
    });
  }

  @Test
  void staticTimerValuesAreCheckedAtDeployment() {
    // given
    BpmnModelInstance badDuration = Bpmn.createExecutableProcess("bad").startEvent()
        .intermediateCatchEvent("wait").timerWithDuration("one hour").endEvent().done();
    BpmnModelInstance badCycle = taskWithBoundary(false, "every monday", true);

    // when / then
    assertThatThrownBy(() -> deploy(badDuration)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'wait'").hasMessageContaining("'one hour' is not an ISO 8601 duration");
    assertThatThrownBy(() -> deploy(badCycle)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'timer'")
        .hasMessageContaining("'every monday' is neither an ISO 8601 repeating interval");
  }

  @Test
  void theSchedulerFiresADueTimerWithoutBeingAsked() {
    // given
    deploy(Bpmn.createExecutableProcess("waiting").startEvent()
        .intermediateCatchEvent("wait").timerWithDuration("PT1H").endEvent().done());
    long instance = start("waiting");

    // when: only the clock moves; the scheduler thread is woken by it
    clock.add(Duration.ofHours(1));

    // then
    await("the timer fires", () -> processState(instance).equals("COMPLETED"));
  }

  @Test
  void aTimerThatFellDueWhileTheEngineWasDownFiresAfterARestart() {
    // given
    deploy(Bpmn.createExecutableProcess("waiting").startEvent()
        .intermediateCatchEvent("wait").timerWithDuration("PT1H").endEvent().done());
    long instance = start("waiting");
    engine.close();

    // when
    clock.add(Duration.ofDays(1));
    engine = KringloopEngine.start(TestDatabase.dataSource(), clock, MAX_VARIABLES_BYTES);
    service = engine.service();
    queries = engine.queries();
    engine.processDueWork();

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void boundaryTimerOnAMultiInstanceActivityInterruptsTheBodyAndAllItsInstances() {
    // given
    deploy(Bpmn.createExecutableProcess("many").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work").multiInstance(m -> m.zeebeInputCollectionExpression("items")))
        .boundaryEvent("late").timerWithDuration("PT1H").endEvent("gaveUp")
        .moveToActivity("work").endEvent("done").done());
    long instance = start("many", Map.of("items", List.of(1, 2, 3)));
    service.completeJob(activate("work", 10).get(0).jobKey(), Map.of());

    // when
    passTime(Duration.ofHours(1));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("late:COMPLETED", "gaveUp:COMPLETED").doesNotContain("done:COMPLETED");
    assertThat(countOf(instance, "late")).isEqualTo(1);
    assertThat(queries.jobs(new JobFilter(instance, "work", null))).extracting(j -> j.state())
        .containsExactlyInAnyOrder("COMPLETED", "CANCELED", "CANCELED");
  }
}
