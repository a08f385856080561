package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ErrorEventsTest extends EngineTest {

  /** A task with an error boundary for "INVALID" and a catch-all one. */
  private static BpmnModelInstance taskWithErrorBoundaries() {
    return Bpmn.createExecutableProcess("errors").startEvent()
        .serviceTask("validate", t -> t.zeebeJobType("validate"))
        .boundaryEvent("invalid").error("INVALID").serviceTask("fix", t -> t.zeebeJobType("fix")).endEvent()
        .moveToActivity("validate").boundaryEvent("anyError").error()
        .serviceTask("report", t -> t.zeebeJobType("report")).endEvent()
        .moveToActivity("validate").endEvent("valid").done();
  }

  @Test
  void errorThrownByAJobIsCaughtByTheBoundaryEventWithItsCode() {
    // given
    deploy(taskWithErrorBoundaries());
    long instance = start("errors");
    ActivatedJob job = activateOne("validate");

    // when
    service.throwError(job.jobKey(), "INVALID", "field x is empty", Map.of("problem", "x"));

    // then
    assertThat(elementStates(instance)).contains("validate:TERMINATED", "invalid:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("fix");
    assertThat(variables(instance)).containsEntry("problem", "x");
    assertThat(activeIncidents(instance)).isEmpty();
    assertThat(queries.jobs(new JobFilter(instance, "validate", null))).extracting(j -> j.state())
        .containsExactly("ERROR_THROWN");
  }

  @Test
  void anErrorWithAnotherCodeGoesToTheCatchAllBoundaryEvent() {
    // given
    deploy(taskWithErrorBoundaries());
    long instance = start("errors");

    // when
    service.throwError(activateOne("validate").jobKey(), "SOMETHING_ELSE", null, Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("report");
  }

  @Test
  void anErrorNoBoundaryCatchesRemainsAnIncident() {
    // given
    deploy(Bpmn.createExecutableProcess("errors").startEvent()
        .serviceTask("validate", t -> t.zeebeJobType("validate"))
        .boundaryEvent("invalid").error("INVALID").endEvent()
        .moveToActivity("validate").endEvent().done());
    long instance = start("errors");

    // when
    service.throwError(activateOne("validate").jobKey(), "TIMEOUT", null, Map.of());

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
      assertThat(incident.errorMessage()).contains("'TIMEOUT'", "was not caught");
    });
    assertThat(activeElements(instance)).containsExactly("validate");
  }

  @Test
  void errorEndEventInsideASubProcessIsCaughtAtTheSubProcessBoundary() {
    // given
    deploy(Bpmn.createExecutableProcess("errors").startEvent()
        .subProcess("check").embeddedSubProcess().startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work")).endEvent("fail", e -> e.error("REJECTED"))
        .subProcessDone()
        .boundaryEvent("rejected").error("REJECTED").serviceTask("handle", t -> t.zeebeJobType("handle")).endEvent()
        .moveToActivity("check").endEvent("ok").done());
    long instance = start("errors");

    // when
    completeJob("work", Map.of());

    // then
    assertThat(elementStates(instance)).contains("check:TERMINATED", "rejected:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("handle");
  }

  @Test
  void uncaughtErrorEndEventRaisesAnIncidentOnTheEndEvent() {
    // given
    deploy(Bpmn.createExecutableProcess("errors").startEvent()
        .endEvent("fail", e -> e.error("BROKEN")).done());

    // when
    long instance = start("errors");

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
      assertThat(incident.elementId()).isEqualTo("fail");
      assertThat(incident.errorMessage()).contains("'BROKEN'", "was not caught");
    });
  }

  @Test
  void errorInOneInstanceOfAMultiInstanceTaskInterruptsTheWholeActivity() {
    // given
    deploy(Bpmn.createExecutableProcess("errors").startEvent()
        .serviceTask("validate", t -> t.zeebeJobType("validate")
            .multiInstance(m -> m.zeebeInputCollectionExpression("items")))
        .boundaryEvent("invalid").error("INVALID").endEvent("stopped")
        .moveToActivity("validate").endEvent("valid").done());
    long instance = start("errors", Map.of("items", List.of(1, 2, 3)));
    List<ActivatedJob> jobs = activate("validate", 10);

    // when
    service.throwError(jobs.get(0).jobKey(), "INVALID", null, Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("invalid:COMPLETED", "stopped:COMPLETED").doesNotContain("valid:COMPLETED");
    assertThat(queries.jobs(new JobFilter(instance, "validate", null))).extracting(j -> j.state())
        .containsExactlyInAnyOrder("ERROR_THROWN", "CANCELED", "CANCELED");
  }
}
