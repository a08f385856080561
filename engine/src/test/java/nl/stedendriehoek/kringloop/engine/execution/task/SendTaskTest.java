package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class SendTaskTest extends EngineTest {

  @Test
  void sendTaskWithJobWorkerCreatesAJobLikeAServiceTask() {
    // given
    deploy(Bpmn.createExecutableProcess("send").startEvent()
        .sendTask("notify", t -> t.zeebeJobType("mail").zeebeTaskHeader("template", "welcome"))
        .endEvent().done());
    long instance = start("send");

    // when
    var job = activateOne("mail");
    service.completeJob(job.jobKey(), Map.of());

    // then
    assertThat(job.customHeaders()).containsEntry("template", "welcome");
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }
}
