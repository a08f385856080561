package nl.stedendriehoek.kringloop.engine.execution.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/** Errors thrown in a called instance propagate to the calling instances, as in Camunda 8. */
class CallActivityErrorPropagationTest extends EngineTest {

  private static BpmnModelInstance childWithWork() {
    return Bpmn.createExecutableProcess("child").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work")).endEvent().done();
  }

  private static BpmnModelInstance parentCatchingAtTheCallActivity(String calledId) {
    return Bpmn.createExecutableProcess("parent").startEvent()
        .callActivity("call", c -> c.zeebeProcessId(calledId))
        .boundaryEvent("failed").error("FAILED").serviceTask("handle", t -> t.zeebeJobType("handle")).endEvent()
        .moveToActivity("call").endEvent("ok").done();
  }

  @Test
  void errorThrownByAJobInTheChildIsCaughtAtTheCallActivityAndTerminatesTheChild() {
    // given
    deploy(childWithWork());
    deploy(parentCatchingAtTheCallActivity("child"));
    long parent = start("parent");
    ActivatedJob job = activateOne("work");

    // when
    service.throwError(job.jobKey(), "FAILED", "cannot", Map.of("why", "missing data"));

    // then
    assertThat(processState(job.processInstanceKey())).isEqualTo("CANCELED");
    assertThat(elementStates(job.processInstanceKey())).contains("work:TERMINATED");
    assertThat(elementStates(parent)).contains("call:TERMINATED", "failed:COMPLETED");
    assertThat(activeElements(parent)).containsExactly("handle");
    assertThat(variables(parent)).containsEntry("why", "missing data");
    assertThat(activeIncidents(job.processInstanceKey())).isEmpty();
  }

  @Test
  void errorEndEventOfAChildStartedInTheSameCommandIsCaughtAtTheCallActivity() {
    // given
    deploy(Bpmn.createExecutableProcess("child").startEvent().endEvent("fail", e -> e.error("FAILED")).done());
    deploy(parentCatchingAtTheCallActivity("child"));

    // when
    long parent = start("parent");

    // then
    assertThat(activeElements(parent)).containsExactly("handle");
    assertThat(queries.processInstances(
        new nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter("child", null)))
        .singleElement().satisfies(child -> assertThat(child.state()).isEqualTo("CANCELED"));
  }

  @Test
  void errorEventSubProcessOfTheParentCatchesAnErrorFromTheChild() {
    // given
    deploy(childWithWork());
    deploy(Bpmn.createExecutableProcess("parent")
        .eventSubProcess("onFailure", esp -> esp.startEvent("failure").error("FAILED")
            .serviceTask("handle", t -> t.zeebeJobType("handle")).endEvent())
        .startEvent().callActivity("call", c -> c.zeebeProcessId("child")).endEvent().done());
    long parent = start("parent");
    ActivatedJob job = activateOne("work");

    // when
    service.throwError(job.jobKey(), "FAILED", null, Map.of());

    // then
    assertThat(processState(job.processInstanceKey())).isEqualTo("CANCELED");
    assertThat(activeElements(parent)).containsExactly("onFailure", "handle");
  }

  @Test
  void errorPropagatesThroughTwoLevelsOfCallActivities() {
    // given
    deploy(childWithWork());
    deploy(Bpmn.createExecutableProcess("middle").startEvent()
        .callActivity("callChild", c -> c.zeebeProcessId("child")).endEvent().done());
    deploy(parentCatchingAtTheCallActivity("middle"));
    long parent = start("parent");
    ActivatedJob job = activateOne("work");

    // when
    service.throwError(job.jobKey(), "FAILED", null, Map.of());

    // then
    assertThat(processState(job.processInstanceKey())).isEqualTo("CANCELED");
    assertThat(activeElements(parent)).containsExactly("handle");
    assertThat(queries.processInstances(
        new nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter("middle", null)))
        .singleElement().satisfies(middle -> assertThat(middle.state()).isEqualTo("CANCELED"));
  }

  @Test
  void errorNoCallingInstanceCatchesIsAnIncidentOnTheThrowerInTheChild() {
    // given
    deploy(childWithWork());
    deploy(parentCatchingAtTheCallActivity("child"));
    long parent = start("parent");
    ActivatedJob job = activateOne("work");

    // when
    service.throwError(job.jobKey(), "OTHER", null, Map.of());

    // then
    assertThat(activeIncidents(job.processInstanceKey())).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
      assertThat(incident.elementId()).isEqualTo("work");
      assertThat(incident.errorMessage()).startsWith("Expected to throw an error event with the code 'OTHER'")
          .contains("but it was not caught");
    });
    assertThat(processState(job.processInstanceKey())).isEqualTo("ACTIVE");
    assertThat(activeElements(parent)).containsExactly("call");
  }
}
