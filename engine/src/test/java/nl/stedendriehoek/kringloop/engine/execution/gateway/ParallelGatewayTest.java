package nl.stedendriehoek.kringloop.engine.execution.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ParallelGatewayTest extends EngineTest {

  @Test
  void forkActivatesEveryOutgoingBranch() {
    // given
    deploy(Bpmn.createExecutableProcess("fork").startEvent().parallelGateway("split")
        .serviceTask("a", t -> t.zeebeJobType("a")).endEvent()
        .moveToNode("split").serviceTask("b", t -> t.zeebeJobType("b")).endEvent()
        .moveToNode("split").serviceTask("c", t -> t.zeebeJobType("c")).endEvent()
        .done());

    // when
    long instance = start("fork");

    // then
    assertThat(activeElements(instance)).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void parallelGatewayJoinsOnlyWhenAllIncomingFlowsArrived() {
    // given
    deploy(Bpmn.createExecutableProcess("join").startEvent().parallelGateway("split")
        .serviceTask("a", t -> t.zeebeJobType("a")).parallelGateway("merge")
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent()
        .moveToNode("split").serviceTask("b", t -> t.zeebeJobType("b")).connectTo("merge")
        .done());
    long instance = start("join");

    // when
    completeJob("a", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("b");

    // when
    completeJob("b", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("after");
    assertThat(elementStates(instance)).filteredOn(s -> s.startsWith("merge:")).containsExactly("merge:COMPLETED");
  }

  @Test
  void unbalancedJoinWaitsForAFullSetAndKeepsTheProcessOpen() {
    // given: three branches, only two lead into the join; the third ends alone
    deploy(Bpmn.createExecutableProcess("unbalanced").startEvent().parallelGateway("split")
        .serviceTask("a", t -> t.zeebeJobType("a")).parallelGateway("merge").endEvent("joined")
        .moveToNode("split").serviceTask("b", t -> t.zeebeJobType("b")).connectTo("merge")
        .moveToNode("split").endEvent("alone")
        .done());
    long instance = start("unbalanced");

    // when
    completeJob("a", Map.of());

    // then: a token waits at the join, so the process is not complete
    assertThat(processState(instance)).isEqualTo("ACTIVE");
    assertThat(elementStates(instance)).doesNotContain("merge:COMPLETED");

    // when
    completeJob("b", Map.of());

    // then
    assertThat(elementStates(instance)).contains("joined:COMPLETED");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void twoTokensOnOneFlowJoinOncePerCompleteSet() {
    // given: a loop sends a second token to the join on the same flow before the other flow arrives
    deploy(Bpmn.createExecutableProcess("loop").startEvent().parallelGateway("split")
        .serviceTask("a", t -> t.zeebeJobType("a")).sequenceFlowId("fromA").parallelGateway("merge")
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent()
        .moveToNode("split").serviceTask("b", t -> t.zeebeJobType("b")).connectTo("merge")
        .moveToNode("split").serviceTask("a2", t -> t.zeebeJobType("a2")).connectTo("a")
        .done());
    long instance = start("loop");
    completeJob("a", Map.of());
    completeJob("a2", Map.of());
    completeJob("a", Map.of());

    // when
    completeJob("b", Map.of());

    // then: exactly one join fired; one token still waits on fromA
    assertThat(elementStates(instance)).filteredOn(s -> s.startsWith("merge:")).hasSize(1);
    assertThat(activeElements(instance)).containsExactly("after");
    completeJob("after", Map.of());
    assertThat(processState(instance)).isEqualTo("ACTIVE");
  }
}
