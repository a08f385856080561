package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class UndefinedTaskTest extends EngineTest {

  @Test
  void undefinedTaskIsPassedThroughAndAppliesItsMappings() {
    // given
    deploy(Bpmn.createExecutableProcess("plain").startEvent()
        .task("nothing").zeebeInputExpression("1 + 1", "two").zeebeOutputExpression("two * 10", "twenty")
        .endEvent().done());

    // when
    long instance = start("plain");

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("twenty", 20L).doesNotContainKey("two");
  }

  @Test
  void undefinedTaskIsReportedWithTypeTask() {
    // given
    deploy(Bpmn.createExecutableProcess("typed").startEvent().task("nothing").endEvent().done());

    // when
    long instance = start("typed");

    // then
    assertThat(queries.elementInstances(instance)).filteredOn(e -> e.elementId().equals("nothing"))
        .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("TASK"));
    assertThat(variables(instance)).isEqualTo(Map.of());
  }
}
