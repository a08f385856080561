package nl.stedendriehoek.kringloop.engine.execution.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.Test;

class EventSubProcessTest extends EngineTest {

  private static void passTime(Duration duration) {
    clock.add(duration);
    engine.processDueWork();
  }

  /** A process waiting at "work", with a timer event sub-process that interrupts (or not) after an hour. */
  private static BpmnModelInstance withTimerEventSubProcess(boolean interrupting, String cycle) {
    return Bpmn.createExecutableProcess("case")
        .eventSubProcess("reminder", esp -> {
          var start = esp.startEvent("late").interrupting(interrupting);
          (cycle == null ? start.timerWithDuration("PT1H") : start.timerWithCycle(cycle))
              .serviceTask("remind", t -> t.zeebeJobType("remind")).endEvent("reminded");
        })
        .startEvent().serviceTask("work", t -> t.zeebeJobType("work")).endEvent("done").done();
  }

  @Test
  void interruptingTimerEventSubProcessTerminatesTheScopeAndTheProcessEndsWithIt() {
    // given
    deploy(withTimerEventSubProcess(true, null));
    long instance = start("case");

    // when
    passTime(Duration.ofHours(1));

    // then
    assertThat(elementStates(instance)).contains("work:TERMINATED", "reminder:ACTIVATED", "late:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("reminder", "remind");

    // when
    completeJob("remind", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).doesNotContain("done:COMPLETED");
  }

  @Test
  void nonInterruptingTimerCycleRunsAlongsideEachTimeAndTheScopeWaitsForIt() {
    // given
    deploy(withTimerEventSubProcess(false, "R2/PT1H"));
    long instance = start("case");

    // when
    passTime(Duration.ofHours(1));
    passTime(Duration.ofHours(1));

    // then
    assertThat(activate("remind", 10)).hasSize(2);
    assertThat(activeElements(instance)).contains("work");

    // when: the main path ends while the reminders still run
    completeJob("work", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("ACTIVE");
    activate("remind", 10);
  }

  @Test
  void timerOfAnEventSubProcessIsCancelledWhenTheScopeCompletesFirst() {
    // given
    deploy(withTimerEventSubProcess(true, null));
    long instance = start("case");

    // when
    completeJob("work", Map.of());
    passTime(Duration.ofHours(2));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(activate("remind", 10)).isEmpty();
  }

  @Test
  void errorEventSubProcessCatchesAnErrorThrownByAJobWorkerWithItsVariables() {
    // given
    deploy(Bpmn.createExecutableProcess("case")
        .eventSubProcess("onRejected", esp -> esp.startEvent("rejected").error("REJECTED")
            .serviceTask("explain", t -> t.zeebeJobType("explain")).endEvent())
        .startEvent().serviceTask("check", t -> t.zeebeJobType("check")).endEvent().done());
    long instance = start("case");

    // when
    service.throwError(activateOne("check").jobKey(), "REJECTED", "not complete", Map.of("reason", "no plan"));

    // then
    assertThat(elementStates(instance)).contains("check:TERMINATED", "rejected:COMPLETED");
    assertThat(activateOne("explain").variables()).containsEntry("reason", "no plan");
    assertThat(activeIncidents(instance)).isEmpty();
  }

  @Test
  void eventSubProcessInsideAnEmbeddedSubProcessOnlyInterruptsThatSubProcess() {
    // given
    deploy(Bpmn.createExecutableProcess("case").startEvent()
        .subProcess("phase").embeddedSubProcess()
        .eventSubProcess("onError", esp -> esp.startEvent("failed").error()
            .serviceTask("recover", t -> t.zeebeJobType("recover")).endEvent())
        .startEvent().serviceTask("step", t -> t.zeebeJobType("step")).endEvent()
        .subProcessDone()
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());
    long instance = start("case");

    // when
    service.throwError(activateOne("step").jobKey(), "ANY", null, Map.of());
    completeJob("recover", Map.of());

    // then: the sub-process completed through its event sub-process and the process goes on
    assertThat(elementStates(instance)).contains("step:TERMINATED", "onError:COMPLETED", "phase:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void anEventSubProcessWithTwoStartEventsIsRefusedAtDeployment() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("case")
        .eventSubProcess("twice", esp -> esp.startEvent("a").error("A").endEvent())
        .startEvent().endEvent().done();
    var espElement = model.getModelElementById("twice");
    var second = model.newInstance(io.camunda.zeebe.model.bpmn.instance.StartEvent.class);
    second.setId("b");
    second.getEventDefinitions().add(model.newInstance(io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition.class));
    ((io.camunda.zeebe.model.bpmn.instance.SubProcess) espElement).getFlowElements().add(second);

    // when / then
    assertThatThrownBy(() -> deploy(model)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'twice'");
  }

  @Test
  void aPendingEventSubProcessTimerFiresAfterARestart() {
    // given
    deploy(withTimerEventSubProcess(true, null));
    long instance = start("case");
    engine.close();

    // when
    clock.add(Duration.ofDays(1));
    engine = KringloopEngine.start(TestDatabase.dataSource(), clock, MAX_VARIABLES_BYTES);
    service = engine.service();
    queries = engine.queries();
    engine.processDueWork();

    // then
    assertThat(elementStates(instance)).contains("work:TERMINATED", "late:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("reminder", "remind");
  }

  @Test
  void nonInterruptingTimerEventSubProcessOfAnEmbeddedSubProcessRunsInsideIt() {
    // given
    deploy(Bpmn.createExecutableProcess("case").startEvent()
        .subProcess("phase").embeddedSubProcess()
        .eventSubProcess("reminder", esp -> esp.startEvent("late").interrupting(false).timerWithDuration("PT1H")
            .serviceTask("remind", t -> t.zeebeJobType("remind")).endEvent())
        .startEvent().serviceTask("step", t -> t.zeebeJobType("step")).endEvent()
        .subProcessDone()
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());
    long instance = start("case");

    // when
    passTime(Duration.ofHours(1));
    completeJob("step", Map.of());

    // then: the sub-process waits for its event sub-process
    assertThat(activeElements(instance)).containsExactly("phase", "reminder", "remind");

    // when
    completeJob("remind", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void anErrorThrownInsideAnErrorEventSubProcessGoesToTheNextLevelNotBackToItself() {
    // given
    deploy(Bpmn.createExecutableProcess("case").startEvent()
        .subProcess("phase").embeddedSubProcess()
        .eventSubProcess("onError", esp -> esp.startEvent("failed").error()
            .serviceTask("recover", t -> t.zeebeJobType("recover")).endEvent())
        .startEvent().serviceTask("step", t -> t.zeebeJobType("step")).endEvent()
        .subProcessDone()
        .boundaryEvent("gaveUp").error().serviceTask("escalate", t -> t.zeebeJobType("escalate")).endEvent()
        .moveToActivity("phase").endEvent().done());
    long instance = start("case");
    service.throwError(activateOne("step").jobKey(), "BROKEN", null, Map.of());

    // when
    service.throwError(activateOne("recover").jobKey(), "STILL_BROKEN", null, Map.of());

    // then
    assertThat(elementStates(instance)).contains("onError:TERMINATED", "phase:TERMINATED", "gaveUp:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("escalate");
  }
}
