package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class NoneEventsTest extends EngineTest {

  @Test
  void noneStartEventPassesTheTokenAndNoneEndEventCompletesTheProcess() {
    // given
    deploy(Bpmn.createExecutableProcess("empty").startEvent("start").endEvent("end").done());

    // when
    long instance = start("empty");

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).containsExactly("start:COMPLETED", "end:COMPLETED");
    assertThat(queries.processInstance(instance).endDate()).isEqualTo(T0);
  }

  @Test
  void noneIntermediateThrowEventIsAMilestoneThatPassesTheToken() {
    // given
    deploy(Bpmn.createExecutableProcess("milestone").startEvent().intermediateThrowEvent("reached")
        .zeebeOutputExpression("\"yes\"", "milestone").endEvent().done());

    // when
    long instance = start("milestone");

    // then
    assertThat(elementStates(instance)).contains("reached:COMPLETED");
    assertThat(variables(instance)).containsEntry("milestone", "yes");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void processCompletesOnlyWhenTheLastOfSeveralEndEventsIsReached() {
    // given
    deploy(Bpmn.createExecutableProcess("two").startEvent().parallelGateway("fork")
        .endEvent("quick").moveToNode("fork").serviceTask("slow", t -> t.zeebeJobType("slow")).endEvent("late")
        .done());
    long instance = start("two");
    assertThat(processState(instance)).isEqualTo("ACTIVE");

    // when
    completeJob("slow", java.util.Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }
}
