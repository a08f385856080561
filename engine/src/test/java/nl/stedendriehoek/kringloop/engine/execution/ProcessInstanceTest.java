package nl.stedendriehoek.kringloop.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.api.RecordView;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ProcessInstanceTest extends EngineTest {

  @Test
  void creatingAnInstanceOfAnUnknownProcessIsNotFound() {
    assertThatThrownBy(() -> start("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void unknownVersionsKeysAndElementInstancesAreNotFound() {
    // given
    deploy(Bpmn.createExecutableProcess("v").startEvent().endEvent().done());

    // when / then
    assertThatThrownBy(() -> service.createProcessInstance(
            new CreateProcessInstance("v", 7, null, Map.of())))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("version 7");
    assertThatThrownBy(() -> service.createProcessInstance(
            CreateProcessInstance.byKey(5L, Map.of())))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("key 5");
    assertThatThrownBy(() -> service.setVariables(5L, Map.of("a", 1), true))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("element instance with key 5");
    assertThatThrownBy(() -> service.completeUserTask(5L, Map.of()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("user task with key 5");
  }

  @Test
  void cancelTerminatesActiveElementsAndCancelsTheirJobs() {
    // given
    deploy(Bpmn.createExecutableProcess("p").startEvent("start").serviceTask("work", t -> t.zeebeJobType("w"))
        .endEvent().done());
    long instance = start("p");

    // when
    service.cancelProcessInstance(instance);

    // then
    assertThat(processState(instance)).isEqualTo("CANCELED");
    assertThat(elementStates(instance)).containsExactly("start:COMPLETED", "work:TERMINATED");
    assertThat(queries.jobs(new JobFilter(instance, null, null))).singleElement()
        .satisfies(j -> assertThat(j.state()).isEqualTo("CANCELED"));
    assertThat(activate("w", 10)).isEmpty();
  }

  @Test
  void cancellingAnEndedInstanceIsNotFound() {
    // given
    deploy(Bpmn.createExecutableProcess("p").startEvent().endEvent().done());
    long instance = start("p");

    // when / then
    assertThatThrownBy(() -> service.cancelProcessInstance(instance)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.cancelProcessInstance(123L)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void elementInstancesFormATreeByFlowScope() {
    // given
    deploy(Bpmn.createExecutableProcess("tree").startEvent()
        .subProcess("sub").embeddedSubProcess().startEvent("innerStart")
        .serviceTask("inner", t -> t.zeebeJobType("i")).endEvent().subProcessDone()
        .endEvent().done());

    // when
    long instance = start("tree");

    // then
    Map<String, ElementInstanceView> byId = new java.util.HashMap<>();
    queries.elementInstances(instance).forEach(e -> byId.put(e.elementId(), e));
    assertThat(byId.get("sub").flowScopeKey()).isEqualTo(instance);
    assertThat(byId.get("inner").flowScopeKey()).isEqualTo(byId.get("sub").elementInstanceKey());
    assertThat(byId.get("innerStart").flowScopeKey()).isEqualTo(byId.get("sub").elementInstanceKey());
  }

  @Test
  void everyStateChangeIsRecordedInTheHistory() {
    // given
    deploy(Bpmn.createExecutableProcess("h").startEvent("s").sequenceFlowId("flow").endEvent("e").done());

    // when
    long instance = start("h", Map.of("x", 1));

    // then
    assertThat(queries.records(instance)).extracting(r -> r.valueType() + ":" + r.intent()
            + (r.elementId() == null ? "" : ":" + r.elementId()))
        .containsExactly(
            "PROCESS_INSTANCE:ELEMENT_ACTIVATING:h",
            "VARIABLE:CREATED",
            "PROCESS_INSTANCE:ELEMENT_ACTIVATED:h",
            "PROCESS_INSTANCE:ELEMENT_ACTIVATING:s",
            "PROCESS_INSTANCE:ELEMENT_ACTIVATED:s",
            "PROCESS_INSTANCE:ELEMENT_COMPLETING:s",
            "PROCESS_INSTANCE:ELEMENT_COMPLETED:s",
            "PROCESS_INSTANCE:SEQUENCE_FLOW_TAKEN:flow",
            "PROCESS_INSTANCE:ELEMENT_ACTIVATING:e",
            "PROCESS_INSTANCE:ELEMENT_ACTIVATED:e",
            "PROCESS_INSTANCE:ELEMENT_COMPLETING:e",
            "PROCESS_INSTANCE:ELEMENT_COMPLETED:e",
            "PROCESS_INSTANCE:ELEMENT_COMPLETING:h",
            "PROCESS_INSTANCE:ELEMENT_COMPLETED:h",
            "PROCESS_INSTANCE_CREATION:CREATED");
    assertThat(queries.records(instance)).extracting(RecordView::timestamp).containsOnly(T0);
  }

  @Test
  void awaitingTheEndCompletesWhenTheCommitEndsTheInstance() throws Exception {
    // given
    deploy(Bpmn.createExecutableProcess("wait").startEvent().serviceTask("t", s -> s.zeebeJobType("w"))
        .endEvent().done());
    long instance = start("wait");
    var end = service.awaitProcessInstanceEnd(instance, java.time.Duration.ofSeconds(30));
    assertThat(end).isNotDone();

    // when
    completeJob("w", Map.of("result", 42));

    // then
    var ended = end.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(ended.state()).isEqualTo("COMPLETED");
    assertThat(service.awaitProcessInstanceEnd(instance, java.time.Duration.ofSeconds(1))).isCompleted();
  }

  @Test
  void awaitingTheEndTimesOutWhileTheInstanceIsActive() {
    // given
    deploy(Bpmn.createExecutableProcess("slow").startEvent().serviceTask("t", s -> s.zeebeJobType("w"))
        .endEvent().done());
    long instance = start("slow");

    // when
    var end = service.awaitProcessInstanceEnd(instance, java.time.Duration.ofMillis(100));

    // then
    assertThat(end).failsWithin(java.time.Duration.ofSeconds(10))
        .withThrowableThat().withCauseInstanceOf(java.util.concurrent.TimeoutException.class);
  }

  @Test
  void aModelThatLoopsWithoutWaitStateIsRefusedAndLeavesNothingBehind() {
    // given
    deploy(Bpmn.createExecutableProcess("spin").startEvent().manualTask("again").parallelGateway("g")
        .connectTo("again").done());

    // when / then
    assertThatThrownBy(() -> start("spin"))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("'spin'").hasMessageContaining("loops without a wait state");
    assertThat(queries.processInstances(new ProcessInstanceFilter("spin", null))).isEmpty();
  }

  @Test
  void purgeRemovesAllEngineDataButKeysStayUnique() {
    // given
    deploy(Bpmn.createExecutableProcess("gone").startEvent().userTask("u", u -> u.zeebeUserTask()).endEvent().done());
    long before = start("gone");

    // when
    engine.purge();

    // then
    assertThat(queries.processDefinitions()).isEmpty();
    assertThatThrownBy(() -> queries.processInstance(before)).isInstanceOf(NotFoundException.class);
    deploy(Bpmn.createExecutableProcess("gone").startEvent().endEvent().done());
    assertThat(start("gone")).isGreaterThan(before);
  }

  @Test
  void processInstancesCanBeSearchedByProcessAndState() {
    // given
    deploy(Bpmn.createExecutableProcess("a").startEvent().endEvent().done());
    deploy(Bpmn.createExecutableProcess("b").startEvent().userTask("u", u -> u.zeebeUserTask()).endEvent().done());
    start("a");
    long waiting = start("b");

    // when / then
    assertThat(queries.processInstances(new ProcessInstanceFilter(null, "ACTIVE")))
        .singleElement().satisfies(p -> assertThat(p.processInstanceKey()).isEqualTo(waiting));
    assertThat(queries.processInstances(new ProcessInstanceFilter("a", null)))
        .singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("COMPLETED"));
  }
}
