package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class BusinessRuleTaskTest extends EngineTest {

  @Test
  void businessRuleTaskWithJobWorkerWaitsForItsJob() {
    // given
    deploy(Bpmn.createExecutableProcess("rules").startEvent()
        .businessRuleTask("decide", t -> t.zeebeJobType("decide")).endEvent().done());
    long instance = start("rules");
    assertThat(activeElements(instance)).containsExactly("decide");

    // when
    completeJob("decide", Map.of("outcome", "approve"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("outcome", "approve");
  }
}
