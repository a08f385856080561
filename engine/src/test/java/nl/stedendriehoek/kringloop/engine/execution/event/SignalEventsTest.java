package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/** Signal catch events: intermediate, boundary (interrupting and not) and start events. */
class SignalEventsTest extends EngineTest {

  @Test
  void aBroadcastReachesEveryWaitingInstanceWithItsVariables() {
    // given
    deploy(Bpmn.createExecutableProcess("waiting").startEvent()
        .intermediateCatchEvent("go").signal("start-year").endEvent().done());
    long first = start("waiting");
    long second = start("waiting");

    // when
    service.broadcastSignal("start-year", Map.of("year", 2026));

    // then
    assertThat(processState(first)).isEqualTo("COMPLETED");
    assertThat(processState(second)).isEqualTo("COMPLETED");
    assertThat(variables(second)).containsEntry("year", 2026L);
  }

  @Test
  void aSignalIsNotBufferedForWhatSubscribesLater() {
    // given
    deploy(Bpmn.createExecutableProcess("waiting").startEvent()
        .intermediateCatchEvent("go").signal("start-year").endEvent().done());
    service.broadcastSignal("start-year", Map.of());

    // when
    long instance = start("waiting");

    // then
    assertThat(activeElements(instance)).containsExactly("go");
  }

  @Test
  void aSignalNameFromFeelThatIsNotAStringRaisesAnIncident() {
    // given
    deploy(Bpmn.createExecutableProcess("waiting").startEvent()
        .intermediateCatchEvent("go").signal("=signalName").endEvent().done());

    // when
    long instance = start("waiting", Map.of("signalName", 5));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident ->
        assertThat(incident.errorMessage()).contains("signal name 'signalName'", "element 'go'", "got number 5"));
  }

  @Test
  void anInterruptingSignalBoundaryEventTerminatesTheTask() {
    // given
    deploy(Bpmn.createExecutableProcess("case").startEvent()
        .userTask("review").boundaryEvent("stop").signal("stop-all").endEvent("stopped")
        .moveToActivity("review").endEvent("done").done());
    long instance = start("case");

    // when
    service.broadcastSignal("stop-all", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("review:TERMINATED", "stopped:COMPLETED");
  }

  @Test
  void aNonInterruptingSignalBoundaryEventLetsTheTaskGoOn() {
    // given
    deploy(Bpmn.createExecutableProcess("case").startEvent()
        .userTask("review").boundaryEvent("nudge").cancelActivity(false).signal("nudge").endEvent("nudged")
        .moveToActivity("review").endEvent("done").done());
    long instance = start("case");

    // when
    service.broadcastSignal("nudge", Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("review");
    assertThat(elementStates(instance)).contains("nudged:COMPLETED");
  }

  @Test
  void aSignalStartEventStartsAnInstanceOfEachProcessWithIt() {
    // given
    deploy(Bpmn.createExecutableProcess("a").startEvent().signal("new-year").userTask("plan").endEvent().done());
    deploy(Bpmn.createExecutableProcess("b").startEvent().signal("new-year").userTask("plan").endEvent().done());

    // when
    service.broadcastSignal("new-year", Map.of("year", 2027));

    // then
    assertThat(queries.processInstances(new ProcessInstanceFilter("a", null))).hasSize(1);
    assertThat(queries.processInstances(new ProcessInstanceFilter("b", null))).singleElement()
        .satisfies(i -> assertThat(variables(i.processInstanceKey())).containsEntry("year", 2027L));
  }

  @Test
  void aSignalWithoutNameIsRefused() {
    assertThatThrownBy(() -> service.broadcastSignal("", Map.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("signal name");
  }
}
