package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class EscalationEventsTest extends EngineTest {

  /** A sub-process that escalates "LATE" half-way, with an escalation boundary (interrupting or not). */
  private static BpmnModelInstance subProcessEscalating(boolean interrupting, String caughtCode) {
    var boundary = Bpmn.createExecutableProcess("case").startEvent()
        .subProcess("phase").embeddedSubProcess().startEvent()
        .intermediateThrowEvent("escalate", e -> e.escalation("LATE"))
        .serviceTask("finish", t -> t.zeebeJobType("finish")).endEvent()
        .subProcessDone()
        .boundaryEvent("late").cancelActivity(interrupting);
    var withCode = caughtCode == null ? boundary.escalation() : boundary.escalation(caughtCode);
    return withCode.serviceTask("notify", t -> t.zeebeJobType("notify")).endEvent()
        .moveToActivity("phase").endEvent("done").done();
  }

  @Test
  void nonInterruptingBoundaryCatchesAnIntermediateEscalationAndBothPathsGoOn() {
    // given
    deploy(subProcessEscalating(false, "LATE"));

    // when
    long instance = start("case");

    // then
    assertThat(elementStates(instance)).contains("escalate:COMPLETED", "late:COMPLETED");
    assertThat(activeElements(instance)).containsExactlyInAnyOrder("phase", "finish", "notify");
  }

  @Test
  void interruptingBoundaryTerminatesTheScopeOfTheThrower() {
    // given
    deploy(subProcessEscalating(true, "LATE"));

    // when
    long instance = start("case");

    // then
    assertThat(elementStates(instance)).contains("escalate:TERMINATED", "phase:TERMINATED", "late:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("notify");
  }

  @Test
  void catchAllBoundaryCatchesAnyEscalationCode() {
    // given
    deploy(subProcessEscalating(false, null));

    // when
    long instance = start("case");

    // then
    assertThat(activeElements(instance)).contains("notify");
  }

  @Test
  void anEscalationNothingCatchesIsNoIncidentAndTheThrowerGoesOn() {
    // given
    deploy(subProcessEscalating(false, "OTHER"));

    // when
    long instance = start("case");
    completeJob("finish", Map.of());

    // then
    assertThat(activeIncidents(instance)).isEmpty();
    assertThat(elementStates(instance)).contains("escalate:COMPLETED").doesNotContain("late:COMPLETED");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void escalationEndEventIsCaughtByAnEscalationEventSubProcess() {
    // given
    deploy(Bpmn.createExecutableProcess("case")
        .eventSubProcess("onLate", esp -> esp.startEvent("late").escalation("LATE").interrupting(false)
            .serviceTask("notify", t -> t.zeebeJobType("notify")).endEvent())
        .startEvent().parallelGateway("fork")
        .endEvent("escalate", e -> e.escalation("LATE"))
        .moveToNode("fork").serviceTask("work", t -> t.zeebeJobType("work")).endEvent()
        .done());

    // when
    long instance = start("case");

    // then
    assertThat(elementStates(instance)).contains("escalate:COMPLETED", "late:COMPLETED");
    assertThat(activeElements(instance)).containsExactlyInAnyOrder("work", "onLate", "notify");
  }

  @Test
  void escalationCodeCanBeAnExpressionAndAnInvalidOneIsAnIncident() {
    // given
    deploy(Bpmn.createExecutableProcess("case").startEvent()
        .intermediateThrowEvent("escalate", e -> e.escalationExpression("code"))
        .endEvent().done());

    // when
    long instance = start("case", Map.of("code", 42));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.elementId()).isEqualTo("escalate");
      assertThat(incident.errorMessage()).contains("escalationCode", "non-empty string", "got 42");
    });
  }

  @Test
  void escalationInACalledChildIsCaughtAtTheCallActivityWithoutStoppingTheChild() {
    // given
    deploy(Bpmn.createExecutableProcess("child").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work"))
        .intermediateThrowEvent("escalate", e -> e.escalation("LATE"))
        .serviceTask("more", t -> t.zeebeJobType("more")).endEvent().done());
    deploy(Bpmn.createExecutableProcess("parent").startEvent()
        .callActivity("call", c -> c.zeebeProcessId("child"))
        .boundaryEvent("late").escalation("LATE").cancelActivity(false)
        .serviceTask("notify", t -> t.zeebeJobType("notify")).endEvent()
        .moveToActivity("call").endEvent().done());
    long parent = start("parent");
    ActivatedJob job = activateOne("work");

    // when
    service.completeJob(job.jobKey(), Map.of());

    // then
    assertThat(activeElements(parent)).containsExactlyInAnyOrder("call", "notify");
    assertThat(activeElements(job.processInstanceKey())).containsExactly("more");
  }

  @Test
  void interruptingCatchInTheParentTerminatesTheChild() {
    // given
    deploy(Bpmn.createExecutableProcess("child").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work"))
        .endEvent("escalate", e -> e.escalation("STOP")).done());
    deploy(Bpmn.createExecutableProcess("parent").startEvent()
        .callActivity("call", c -> c.zeebeProcessId("child"))
        .boundaryEvent("stop").escalation("STOP")
        .serviceTask("notify", t -> t.zeebeJobType("notify")).endEvent()
        .moveToActivity("call").endEvent().done());
    long parent = start("parent");
    ActivatedJob job = activateOne("work");

    // when
    service.completeJob(job.jobKey(), Map.of());

    // then
    assertThat(processState(job.processInstanceKey())).isEqualTo("CANCELED");
    assertThat(elementStates(job.processInstanceKey())).contains("escalate:TERMINATED");
    assertThat(activeElements(parent)).containsExactly("notify");
  }

  @Test
  void interruptingEscalationEventSubProcessTerminatesItsScope() {
    // given
    deploy(Bpmn.createExecutableProcess("case")
        .eventSubProcess("onStop", esp -> esp.startEvent("stop").escalation("STOP")
            .serviceTask("wrapUp", t -> t.zeebeJobType("wrapUp")).endEvent())
        .startEvent().parallelGateway("fork")
        .serviceTask("work", t -> t.zeebeJobType("work")).endEvent()
        .moveToNode("fork").intermediateThrowEvent("escalate", e -> e.escalation("STOP")).endEvent("after")
        .done());

    // when
    long instance = start("case");

    // then
    assertThat(elementStates(instance)).contains("work:TERMINATED", "escalate:TERMINATED", "stop:COMPLETED")
        .doesNotContain("after:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("onStop", "wrapUp");
  }
}
