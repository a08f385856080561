package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/** Cron expressions in {@code timeCycle}, as Camunda 8 accepts them (Spring-style, six fields, UTC). */
class CronTimerCycleTest extends EngineTest {

  private static void passTimeTo(Instant moment) {
    clock.pin(moment);
    engine.processDueWork();
  }

  private static long instancesOf(String processId) {
    return queries.processInstances(new ProcessInstanceFilter(processId, null)).size();
  }

  @Test
  void cronTimerStartEventCreatesAnInstanceAtEachMatchingTime() {
    // given: T0 is Monday 2026-03-02 09:00 UTC, so the next match is a week later
    deploy(Bpmn.createExecutableProcess("weekly").startEvent("monday").timerWithCycle("0 0 9 * * MON")
        .serviceTask("plan", t -> t.zeebeJobType("plan")).endEvent().done());

    // when
    passTimeTo(Instant.parse("2026-03-09T08:59:59Z"));

    // then
    assertThat(instancesOf("weekly")).isZero();

    // when
    passTimeTo(Instant.parse("2026-03-09T09:00:00Z"));
    passTimeTo(Instant.parse("2026-03-16T09:00:00Z"));

    // then
    assertThat(instancesOf("weekly")).isEqualTo(2);
  }

  @Test
  void cronCycleOnANonInterruptingBoundaryFiresEachDayWhileTheTaskWaits() {
    // given
    deploy(Bpmn.createExecutableProcess("reminders").startEvent()
        .userTask("review", u -> u.zeebeUserTask())
        .boundaryEvent("daily").cancelActivity(false).timerWithCycle("0 30 8 * * *")
        .serviceTask("remind", t -> t.zeebeJobType("remind")).endEvent()
        .moveToActivity("review").endEvent().done());
    long instance = start("reminders");

    // when
    passTimeTo(Instant.parse("2026-03-03T08:30:00Z"));
    passTimeTo(Instant.parse("2026-03-04T08:30:00Z"));

    // then
    assertThat(activate("remind", 10)).hasSize(2);
    assertThat(activeElements(instance)).contains("review");
  }

  @Test
  void invalidStaticCronExpressionIsRefusedAtDeployment() {
    // given
    var model = Bpmn.createExecutableProcess("bad").startEvent("tick").timerWithCycle("0 0 25 * * MON")
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'tick'")
        .hasMessageContaining("'0 0 25 * * MON' is neither an ISO 8601 repeating interval")
        .hasMessageContaining("nor a cron expression");
  }

  @Test
  void invalidCronFromAnExpressionRaisesAnIncidentNamingTheEvent() {
    // given
    deploy(Bpmn.createExecutableProcess("bad").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work"))
        .boundaryEvent("tick").cancelActivity(false).timerWithCycleExpression("schedule").endEvent()
        .moveToActivity("work").endEvent().done());

    // when
    long instance = start("bad", Map.of("schedule", "0 0 9 * MON"));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage()).contains("timer cycle 'schedule'", "event 'tick'",
          "valid ISO 8601 value or cron expression", "'0 0 9 * MON' is neither");
    });
  }

  @Test
  void aCronTimerThatMissedSeveralMatchesFiresOnceAndIsReArmedForTheNextMatch() {
    // given
    deploy(Bpmn.createExecutableProcess("weekly").startEvent("monday").timerWithCycle("0 0 9 * * MON")
        .endEvent().done());

    // when: three weeks pass at once (the engine was busy or down)
    passTimeTo(Instant.parse("2026-03-24T12:00:00Z"));

    // then: one instance for the missed matches, the next one on Monday 30 March
    assertThat(instancesOf("weekly")).isEqualTo(1);
    passTimeTo(Instant.parse("2026-03-30T08:59:00Z"));
    assertThat(instancesOf("weekly")).isEqualTo(1);
    passTimeTo(Instant.parse("2026-03-30T09:00:00Z").plus(Duration.ofSeconds(1)));
    assertThat(instancesOf("weekly")).isEqualTo(2);
  }

  @Test
  void cronMacroOnANonInterruptingEventSubProcessStartsItEveryDay() {
    // given
    deploy(Bpmn.createExecutableProcess("daily")
        .eventSubProcess("digest", esp -> esp.startEvent("midnight").interrupting(false).timerWithCycle("@daily")
            .serviceTask("send", t -> t.zeebeJobType("send")).endEvent())
        .startEvent().userTask("wait", u -> u.zeebeUserTask()).endEvent().done());
    long instance = start("daily");

    // when
    passTimeTo(Instant.parse("2026-03-03T00:00:00Z"));
    passTimeTo(Instant.parse("2026-03-04T00:00:00Z"));

    // then
    assertThat(activate("send", 10)).hasSize(2);
    assertThat(activeElements(instance)).contains("wait");
  }
}
