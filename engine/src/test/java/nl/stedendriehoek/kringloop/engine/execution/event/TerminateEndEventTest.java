package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class TerminateEndEventTest extends EngineTest {

  @Test
  void terminateEndEventTerminatesOtherBranchesAndCompletesTheProcess() {
    // given
    deploy(Bpmn.createExecutableProcess("race").startEvent().parallelGateway("fork")
        .serviceTask("a", t -> t.zeebeJobType("a")).endEvent("stop", e -> e.terminate())
        .moveToNode("fork").serviceTask("b", t -> t.zeebeJobType("b")).endEvent("normal")
        .done());
    long instance = start("race");

    // when
    completeJob("a", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("a:COMPLETED", "b:TERMINATED", "stop:COMPLETED")
        .doesNotContain("normal:COMPLETED");
    assertThat(queries.jobs(new JobFilter(instance, "b", null))).singleElement()
        .satisfies(j -> assertThat(j.state()).isEqualTo("CANCELED"));
  }

  @Test
  void terminateEndEventInsideASubProcessOnlyEndsThatSubProcess() {
    // given
    deploy(Bpmn.createExecutableProcess("scoped").startEvent()
        .subProcess("sub").embeddedSubProcess().startEvent().parallelGateway("fork")
        .endEvent("stop", e -> e.terminate())
        .moveToNode("fork").serviceTask("inner", t -> t.zeebeJobType("inner")).endEvent()
        .subProcessDone()
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());

    // when
    long instance = start("scoped");

    // then
    assertThat(elementStates(instance)).contains("inner:TERMINATED", "sub:COMPLETED", "after:ACTIVATED");
    assertThat(processState(instance)).isEqualTo("ACTIVE");
  }

  @Test
  void terminateEndEventClearsTokensWaitingAtAJoin() {
    // given: one branch waits at the join, the other terminates
    deploy(Bpmn.createExecutableProcess("joinTerm").startEvent().parallelGateway("fork")
        .parallelGateway("join").endEvent()
        .moveToNode("fork").serviceTask("slow", t -> t.zeebeJobType("slow")).connectTo("join")
        .moveToNode("fork").serviceTask("quick", t -> t.zeebeJobType("quick")).endEvent("stop", e -> e.terminate())
        .done());
    long instance = start("joinTerm");

    // when
    completeJob("quick", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("slow:TERMINATED").doesNotContain("join:COMPLETED");
    assertThat(queries.elementInstances(instance)).allSatisfy(e -> assertThat(e.state()).isIn("COMPLETED", "TERMINATED"));
  }
}
