package nl.stedendriehoek.kringloop.engine.execution.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.IncidentFilter;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class CallActivityTest extends EngineTest {

  private static BpmnModelInstance child() {
    return Bpmn.createExecutableProcess("child").startEvent()
        .serviceTask("work", t -> t.zeebeJobType("work")).endEvent().done();
  }

  private static BpmnModelInstance parent(String processId) {
    return Bpmn.createExecutableProcess("parent").startEvent()
        .callActivity("call", c -> c.zeebeProcessId(processId))
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done();
  }

  private static long childOf(long parentInstance) {
    ActivatedJob job = activateOne("work");
    assertThat(job.processInstanceKey()).isNotEqualTo(parentInstance);
    return job.processInstanceKey();
  }

  @Test
  void callActivityStartsTheLatestChildAndCompletesWithItsVariables() {
    // given
    deploy(Bpmn.createExecutableProcess("child").startEvent().endEvent().done());
    deploy(child());
    deploy(parent("child"));
    long instance = start("parent", Map.of("order", 42));

    // when
    ActivatedJob job = activateOne("work");

    // then
    assertThat(job.bpmnProcessId()).isEqualTo("child");
    assertThat(job.processDefinitionVersion()).isEqualTo(2);
    assertThat(job.variables()).containsEntry("order", 42L);
    assertThat(activeElements(instance)).containsExactly("call");

    // when
    service.completeJob(job.jobKey(), Map.of("approved", true));

    // then
    assertThat(processState(job.processInstanceKey())).isEqualTo("COMPLETED");
    assertThat(activeElements(instance)).containsExactly("after");
    assertThat(variables(instance)).containsEntry("approved", true);
  }

  @Test
  void childThatCompletesAtOnceCompletesTheCallActivityInTheSameCommand() {
    // given
    deploy(Bpmn.createExecutableProcess("child").startEvent()
        .scriptTask("calc", s -> s.zeebeExpression("order * 2").zeebeResultVariable("doubled")).endEvent().done());
    deploy(parent("child"));

    // when
    long instance = start("parent", Map.of("order", 21));

    // then
    assertThat(activeElements(instance)).containsExactly("after");
    assertThat(variables(instance)).containsEntry("doubled", 42L);
  }

  @Test
  void processIdCanBeAnExpression() {
    // given
    deploy(child());
    deploy(parent("=\"chi\" + \"ld\""));

    // when
    long instance = start("parent");

    // then
    childOf(instance);
  }

  @Test
  void withoutPropagationOnlyMappedVariablesCrossTheBoundary() {
    // given
    deploy(child());
    deploy(Bpmn.createExecutableProcess("parent").startEvent()
        .callActivity("call", c -> c.zeebeProcessId("child")
            .zeebePropagateAllParentVariables(false).zeebePropagateAllChildVariables(false)
            .zeebeInputExpression("secret.visible", "given")
            .zeebeOutputExpression("answer", "result"))
        .endEvent().done());
    long instance = start("parent", Map.of("secret", Map.of("visible", "yes", "hidden", "no")));

    // when
    ActivatedJob job = activateOne("work");
    service.completeJob(job.jobKey(), Map.of("answer", 7, "noise", "x"));

    // then
    assertThat(job.variables()).containsOnlyKeys("given");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("result", 7L).doesNotContainKeys("answer", "noise");
  }

  @Test
  void cancellingTheParentCancelsTheChild() {
    // given
    deploy(child());
    deploy(parent("child"));
    long instance = start("parent");
    long child = childOf(instance);

    // when
    service.cancelProcessInstance(instance);

    // then
    assertThat(processState(child)).isEqualTo("CANCELED");
    assertThat(activate("work", 10)).isEmpty();
  }

  @Test
  void aChildCannotBeCancelledOnItsOwn() {
    // given
    deploy(child());
    deploy(parent("child"));
    long instance = start("parent");
    long child = childOf(instance);

    // when / then
    assertThatThrownBy(() -> service.cancelProcessInstance(child))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("created by a call activity of process instance " + instance);
  }

  @Test
  void missingCalledProcessRaisesAnIncidentThatResolvesOnceItIsDeployed() {
    // given
    deploy(parent("child"));
    long instance = start("parent");
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("CALLED_ELEMENT_ERROR");
      assertThat(incident.errorMessage())
          .contains("Expected process with BPMN process id 'child' to be deployed, but not found", "element 'call'");
    });

    // when
    deploy(child());
    service.resolveIncident(activeIncidents(instance).get(0).incidentKey());

    // then
    childOf(instance);
  }

  @Test
  void multiInstanceCallActivityStartsOneChildPerElement() {
    // given
    deploy(child());
    deploy(Bpmn.createExecutableProcess("parent").startEvent()
        .callActivity("call", c -> c.zeebeProcessId("child")
            .zeebeOutputExpression("answer", "answer")
            .multiInstance(m -> m.zeebeInputCollectionExpression("cities").zeebeInputElement("city")
                .zeebeOutputCollection("answers").zeebeOutputElementExpression("answer")))
        .endEvent().done());
    long instance = start("parent", Map.of("cities", List.of("Apeldoorn", "Deventer")));

    // when
    List<ActivatedJob> jobs = activate("work", 10);
    jobs.forEach(job -> service.completeJob(job.jobKey(), Map.of("answer", "ok " + job.variables().get("city"))));

    // then
    assertThat(jobs).hasSize(2);
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("answers", List.of("ok Apeldoorn", "ok Deventer"));
  }

  @Test
  void anIncidentInTheChildShowsOnTheParentInstanceAndItsCallActivity() {
    // given
    deploy(Bpmn.createExecutableProcess("grandchild").startEvent()
        .callActivity("broken", c -> c.zeebeProcessId("notDeployed")).endEvent().done());
    deploy(Bpmn.createExecutableProcess("child").startEvent()
        .callActivity("callGrandchild", c -> c.zeebeProcessId("grandchild")).endEvent().done());
    deploy(parent("child"));

    // when
    long instance = start("parent");

    // then
    assertThat(queries.incidents(new IncidentFilter(null, "ACTIVE"))).singleElement()
        .satisfies(incident -> assertThat(incident.bpmnProcessId()).isEqualTo("grandchild"));
    assertThat(activeIncidents(instance)).isEmpty();
    assertThat(queries.processInstance(instance).hasIncident()).isTrue();
    assertThat(queries.elementInstances(instance)).filteredOn(e -> e.elementId().equals("call"))
        .singleElement().satisfies(call -> assertThat(call.hasIncident()).isTrue());
  }

  @Test
  void aParentWhoseChildrenHaveNoIncidentShowsNone() {
    // given
    deploy(child());
    deploy(parent("child"));

    // when
    long instance = start("parent");

    // then
    assertThat(queries.processInstance(instance).hasIncident()).isFalse();
    assertThat(queries.elementInstances(instance)).allSatisfy(e -> assertThat(e.hasIncident()).isFalse());
  }
}
