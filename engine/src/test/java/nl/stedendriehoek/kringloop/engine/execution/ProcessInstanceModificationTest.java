package nl.stedendriehoek.kringloop.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.ModifyProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.ModifyProcessInstance.ActivateElement;
import nl.stedendriehoek.kringloop.engine.api.ModifyProcessInstance.ScopedVariables;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ProcessInstanceModificationTest extends EngineTest {

  private static BpmnModelInstance twoStepsThenASubProcess() {
    return Bpmn.createExecutableProcess("case").startEvent()
        .serviceTask("intake", t -> t.zeebeJobType("intake"))
        .serviceTask("review", t -> t.zeebeJobType("review"))
        .subProcess("phase").embeddedSubProcess().startEvent("phaseStart")
        .serviceTask("prepare", t -> t.zeebeJobType("prepare"))
        .serviceTask("decide", t -> t.zeebeJobType("decide")).endEvent()
        .subProcessDone()
        .endEvent().done();
  }

  private static long keyOf(long instance, String elementId) {
    return queries.elementInstances(instance).stream()
        .filter(e -> e.elementId().equals(elementId) && e.state().equals("ACTIVATED"))
        .map(ElementInstanceView::elementInstanceKey).findFirst().orElseThrow();
  }

  private static void modify(long instance, List<ActivateElement> activations, List<Long> terminations) {
    service.modifyProcessInstance(new ModifyProcessInstance(instance, activations, terminations));
  }

  @Test
  void activatingAnElementWithVariablesAndTerminatingAnotherMovesTheToken() {
    // given
    deploy(twoStepsThenASubProcess());
    long instance = start("case");

    // when
    modify(instance, List.of(new ActivateElement("review", null, List.of(new ScopedVariables(null, Map.of("x", 1))))),
        List.of(keyOf(instance, "intake")));

    // then
    assertThat(elementStates(instance)).contains("intake:TERMINATED", "review:ACTIVATED");
    assertThat(activateOne("review").variables()).containsEntry("x", 1L);
    assertThat(variables(instance)).containsEntry("x", 1L);
    assertThat(processState(instance)).isEqualTo("ACTIVE");
  }

  @Test
  void activatingAnElementInsideASubProcessCreatesTheSubProcessWithoutStartingIt() {
    // given
    deploy(twoStepsThenASubProcess());
    long instance = start("case");

    // when
    modify(instance, List.of(new ActivateElement("decide", null,
        List.of(new ScopedVariables("phase", Map.of("budget", 500))))), List.of(keyOf(instance, "intake")));

    // then
    assertThat(activeElements(instance)).containsExactly("phase", "decide");
    assertThat(elementStates(instance)).doesNotContain("phaseStart:COMPLETED", "prepare:ACTIVATED");
    var decide = activateOne("decide");
    assertThat(decide.variables()).containsEntry("budget", 500L);
    assertThat(variables(instance)).doesNotContainKey("budget");

    // when: the sub-process completes through the activated element, the process goes on
    service.completeJob(decide.jobKey(), Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void terminatingTheLastActiveElementTerminatesTheProcessInstance() {
    // given
    deploy(twoStepsThenASubProcess());
    long instance = start("case");

    // when
    modify(instance, List.of(), List.of(keyOf(instance, "intake")));

    // then
    assertThat(processState(instance)).isEqualTo("CANCELED");
    assertThat(activate("intake", 10)).isEmpty();
  }

  @Test
  void anAmbiguousFlowScopeIsRefusedUntilAnAncestorIsChosen() {
    // given: two instances of the same sub-process run side by side
    deploy(Bpmn.createExecutableProcess("twice").startEvent().parallelGateway("fork")
        .subProcess("phase").embeddedSubProcess().startEvent()
        .serviceTask("prepare", t -> t.zeebeJobType("prepare")).endEvent()
        .subProcessDone().endEvent()
        .moveToNode("fork").connectTo("phase").done());
    deploy(Bpmn.createExecutableProcess("unused").startEvent().endEvent().done());
    long instance = start("twice");
    List<Long> phases = queries.elementInstances(instance).stream()
        .filter(e -> e.elementId().equals("phase")).map(ElementInstanceView::elementInstanceKey).toList();
    assertThat(phases).hasSize(2);

    // when / then
    assertThatThrownBy(() -> modify(instance, List.of(new ActivateElement("prepare", null, List.of())), List.of()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("flow scope 'phase' has 2 active instances")
        .hasMessageContaining("ancestorElementInstanceKey");

    // when
    modify(instance, List.of(new ActivateElement("prepare", phases.get(1), List.of())), List.of());

    // then
    assertThat(activate("prepare", 10)).extracting(j -> j.elementInstanceKey()).hasSize(3);
  }

  @Test
  void oneInvalidInstructionRefusesTheWholeCommand() {
    // given
    deploy(twoStepsThenASubProcess());
    long instance = start("case");
    List<String> before = elementStates(instance);

    // when / then
    assertThatThrownBy(() -> modify(instance, List.of(new ActivateElement("review", null, List.of())),
        List.of(keyOf(instance, "intake"), 999L)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("Expected to modify instance of process 'case'")
        .hasMessageContaining("terminate instruction for element instance 999");
    assertThat(elementStates(instance)).isEqualTo(before);
  }

  @Test
  void invalidActivationsAreRefusedWithTheReason() {
    // given
    deploy(Bpmn.createExecutableProcess("case").startEvent("begin")
        .serviceTask("many", t -> t.zeebeJobType("many").multiInstance(m -> m.zeebeInputCollectionExpression("[1]")))
        .subProcess("phase").embeddedSubProcess().startEvent()
        .serviceTask("inner", t -> t.zeebeJobType("inner")).endEvent().subProcessDone()
        .boundaryEvent("late").timerWithDuration("PT1H").endEvent()
        .moveToActivity("phase").endEvent().done());
    long instance = start("case");

    // when / then
    assertThatThrownBy(() -> modify(instance, List.of(new ActivateElement("nowhere", null, List.of())), List.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("could not be found: 'nowhere'");
    assertThatThrownBy(() -> modify(instance, List.of(new ActivateElement("late", null, List.of())), List.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'late' of type BOUNDARY_EVENT");
    assertThatThrownBy(() -> modify(instance, List.of(new ActivateElement("begin", null, List.of())), List.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("'begin' of type START_EVENT");
    assertThatThrownBy(() -> modify(instance, List.of(new ActivateElement("inner", null,
        List.of(new ScopedVariables("many", Map.of("a", 1))))), List.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("scopeId 'many'");
    assertThatThrownBy(() -> modify(instance, List.of(), List.of(instance)))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("the process instance itself");
    assertThatThrownBy(() -> modify(instance, List.of(), List.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("no activate or terminate instructions");
    assertThat(activeElements(instance)).containsExactly("many", "many");
  }

  @Test
  void modifyingAnUnknownProcessInstanceIsNotFound() {
    // when / then
    assertThatThrownBy(() -> modify(12345L, List.of(), List.of(1L))).isInstanceOf(NotFoundException.class);
  }
}
