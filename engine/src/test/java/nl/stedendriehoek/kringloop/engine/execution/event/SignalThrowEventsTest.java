package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/** Signal intermediate throw and end events broadcast their signal; it arrives right after commit. */
class SignalThrowEventsTest extends EngineTest {

  @Test
  void anIntermediateThrowEventBroadcastsItsSignalWithItsInputVariables() {
    // given
    deploy(Bpmn.createExecutableProcess("listener").startEvent()
        .intermediateCatchEvent("heard").signal("ready").endEvent().done());
    deploy(Bpmn.createExecutableProcess("sender").startEvent()
        .intermediateThrowEvent("announce", e -> e.signal("ready").zeebeInputExpression("\"done\"", "status"))
        .userTask("next").endEvent().done());
    long listener = start("listener");

    // when
    long sender = start("sender");

    // then
    assertThat(activeElements(sender)).containsExactly("next");
    await("the listener hears the signal", () -> processState(listener).equals("COMPLETED"));
    assertThat(variables(listener)).containsEntry("status", "done");
  }

  @Test
  void anEndEventBroadcastsItsSignalAlsoToItsOwnInstance() {
    // given
    deploy(Bpmn.createExecutableProcess("self").startEvent().parallelGateway("split")
        .intermediateCatchEvent("heard").signal("finished").endEvent("heardEnd")
        .moveToNode("split").endEvent("shout").signal("finished").done());

    // when
    long instance = start("self");

    // then
    await("the instance hears its own signal", () -> processState(instance).equals("COMPLETED"));
    assertThat(elementStates(instance)).contains("shout:COMPLETED", "heard:COMPLETED");
  }
}
