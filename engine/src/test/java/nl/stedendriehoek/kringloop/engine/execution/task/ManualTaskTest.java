package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ManualTaskTest extends EngineTest {

  @Test
  void manualTaskIsPassedThroughWithoutWaiting() {
    // given
    deploy(Bpmn.createExecutableProcess("manual").startEvent().manualTask("sign").endEvent().done());

    // when
    long instance = start("manual");

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(elementStates(instance)).contains("sign:COMPLETED");
  }
}
