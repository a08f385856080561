package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ServiceTaskTest extends EngineTest {

  @Test
  void serviceTaskCreatesJobAndWaitsUntilItIsCompleted() {
    // given
    deploy(Bpmn.createExecutableProcess("order").startEvent("start")
        .serviceTask("charge", t -> t.zeebeJobType("payment").zeebeJobRetries("5")
            .zeebeTaskHeader("currency", "EUR"))
        .endEvent("end").done());
    long instance = start("order", Map.of("amount", 12));

    // when
    ActivatedJob job = activateOne("payment");

    // then
    assertThat(job.elementId()).isEqualTo("charge");
    assertThat(job.retries()).isEqualTo(5);
    assertThat(job.customHeaders()).containsEntry("currency", "EUR");
    assertThat(job.variables()).containsEntry("amount", 12L);
    assertThat(job.processInstanceKey()).isEqualTo(instance);
    assertThat(job.bpmnProcessId()).isEqualTo("order");
    assertThat(job.deadline()).isEqualTo(T0.plusSeconds(300));
    assertThat(activeElements(instance)).containsExactly("charge");
    assertThat(processState(instance)).isEqualTo("ACTIVE");

    // when
    service.completeJob(job.jobKey(), Map.of("paid", true));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).containsExactly("start:COMPLETED", "charge:COMPLETED", "end:COMPLETED");
    assertThat(variables(instance)).containsEntry("paid", true);
  }

  @Test
  void jobTypeCanBeAnExpression() {
    // given
    deploy(Bpmn.createExecutableProcess("dynamic").startEvent()
        .serviceTask("task", t -> t.zeebeJobTypeExpression("\"work-\" + kind"))
        .endEvent().done());

    // when
    start("dynamic", Map.of("kind", "a"));

    // then
    assertThat(activateOne("work-a").elementId()).isEqualTo("task");
  }

  @Test
  void completingAnUnknownJobIsNotFound() {
    assertThatThrownBy(() -> service.completeJob(42L, Map.of()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("42");
  }

  @Test
  void completingAJobTwiceIsRejected() {
    // given
    deploy(Bpmn.createExecutableProcess("twice").startEvent().serviceTask("t", s -> s.zeebeJobType("x"))
        .endEvent().done());
    start("twice");
    ActivatedJob job = activateOne("x");
    service.completeJob(job.jobKey(), Map.of());

    // when / then
    assertThatThrownBy(() -> service.completeJob(job.jobKey(), Map.of()))
        .isInstanceOf(NotFoundException.class);
    assertThat(queries.jobs(new JobFilter(null, "x", "COMPLETED"))).hasSize(1);
  }
}
