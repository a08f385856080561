package nl.stedendriehoek.kringloop.engine.execution.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class SubProcessTest extends EngineTest {

  @Test
  void embeddedSubProcessRunsItsOwnFlowAndThenContinuesOutside() {
    // given
    deploy(Bpmn.createExecutableProcess("outer").startEvent()
        .subProcess("sub").embeddedSubProcess().startEvent("innerStart")
        .serviceTask("inner", t -> t.zeebeJobType("inner")).endEvent("innerEnd").subProcessDone()
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());
    long instance = start("outer");
    assertThat(activeElements(instance)).containsExactly("sub", "inner");

    // when
    completeJob("inner", Map.of());

    // then
    assertThat(elementStates(instance)).contains("innerEnd:COMPLETED", "sub:COMPLETED");
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void subProcessCompletesOnlyWhenAllItsBranchesEnded() {
    // given
    deploy(Bpmn.createExecutableProcess("par").startEvent()
        .subProcess("sub").embeddedSubProcess().startEvent().parallelGateway("f")
        .serviceTask("x", t -> t.zeebeJobType("x")).endEvent()
        .moveToNode("f").serviceTask("y", t -> t.zeebeJobType("y")).endEvent()
        .subProcessDone().endEvent().done());
    long instance = start("par");

    // when
    completeJob("x", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("sub", "y");

    // when
    completeJob("y", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void inputMappingsOfTheSubProcessAreLocalToIt() {
    // given
    deploy(Bpmn.createExecutableProcess("scope").startEvent()
        .subProcess("sub").zeebeInputExpression("\"inside\"", "where")
        .embeddedSubProcess().startEvent().serviceTask("inner", t -> t.zeebeJobType("inner")).endEvent()
        .subProcessDone().endEvent().done());
    long instance = start("scope");

    // when
    var job = activateOne("inner");

    // then
    assertThat(job.variables()).containsEntry("where", "inside");
    service.completeJob(job.jobKey(), Map.of("where", "changed"));
    assertThat(variables(instance)).doesNotContainKey("where");
  }

  @Test
  void outputMappingsOfTheSubProcessCarryResultsOut() {
    // given
    deploy(Bpmn.createExecutableProcess("results").startEvent()
        .subProcess("sub").zeebeOutputExpression("{score: inner.score, by: \"sub\"}", "review")
        .embeddedSubProcess().startEvent().serviceTask("inner", t -> t.zeebeJobType("inner")
            .zeebeOutputExpression("{score: points}", "inner"))
        .endEvent().subProcessDone().endEvent().done());
    long instance = start("results");

    // when
    completeJob("inner", Map.of("points", 7));

    // then: the sub-process output lands in the root scope, its inner variable stays inside
    assertThat(variables(instance)).containsEntry("review", Map.of("score", 7L, "by", "sub"));
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void cancellingTerminatesTheSubProcessAndItsChildren() {
    // given
    deploy(Bpmn.createExecutableProcess("cancel").startEvent()
        .subProcess("sub").embeddedSubProcess().startEvent().serviceTask("inner", t -> t.zeebeJobType("inner"))
        .endEvent().subProcessDone().endEvent().done());
    long instance = start("cancel");

    // when
    service.cancelProcessInstance(instance);

    // then
    assertThat(elementStates(instance)).contains("sub:TERMINATED", "inner:TERMINATED");
    assertThat(activate("inner", 1)).isEmpty();
  }
}
