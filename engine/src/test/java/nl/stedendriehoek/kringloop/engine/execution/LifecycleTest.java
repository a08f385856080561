package nl.stedendriehoek.kringloop.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.api.RecordView;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.Lifecycle;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * Every transition of the lifecycle table is exercised by a real scenario, and the history shows
 * no transition that the table does not allow.
 */
class LifecycleTest extends EngineTest {

  @Test
  void everyTransitionInTheLifecycleTableIsExercisedAndNoOtherOccurs() {
    // given: a normal run, a cancel of a waiting task, a cancel while activating (incident) and
    // a cancel while completing (gateway incident)
    deploy(Bpmn.createExecutableProcess("normal").startEvent().serviceTask("t", s -> s.zeebeJobType("t"))
        .endEvent().done());
    deploy(Bpmn.createExecutableProcess("stuckActivating").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("x").zeebeInputExpression("assert(v, v != null)", "w"))
        .endEvent().done());
    deploy(Bpmn.createExecutableProcess("stuckCompleting").startEvent().exclusiveGateway("g")
        .conditionExpression("= missing > 1").endEvent().done());
    long normal = start("normal");
    completeJob("t", Map.of());
    long waiting = start("normal");
    long activating = start("stuckActivating");
    long completing = start("stuckCompleting");

    // when
    service.cancelProcessInstance(waiting);
    service.cancelProcessInstance(activating);
    service.cancelProcessInstance(completing);

    // then
    Map<ElementState, Set<ElementState>> seen = new EnumMap<>(ElementState.class);
    for (ElementState state : ElementState.values()) {
      seen.put(state, EnumSet.noneOf(ElementState.class));
    }
    for (long instance : List.of(normal, waiting, activating, completing)) {
      Map<Long, ElementState> last = new HashMap<>();
      for (RecordView record : queries.records(instance)) {
        if (!record.valueType().equals("PROCESS_INSTANCE") || !record.intent().startsWith("ELEMENT_")) {
          continue;
        }
        ElementState state = ElementState.valueOf(record.intent().substring("ELEMENT_".length()));
        ElementState previous = last.put(record.key(), state);
        if (previous != null) {
          assertThat(Lifecycle.allows(previous, state)).as(previous + " -> " + state).isTrue();
          seen.get(previous).add(state);
        }
      }
    }
    assertThat(seen).isEqualTo(Lifecycle.table());
  }
}
