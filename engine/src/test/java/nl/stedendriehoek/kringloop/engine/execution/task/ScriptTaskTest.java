package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class ScriptTaskTest extends EngineTest {

  @Test
  void feelScriptStoresItsResultAndCompletesAtOnce() {
    // given
    deploy(Bpmn.createExecutableProcess("script").startEvent()
        .scriptTask("sum", s -> s.zeebeExpression("sum(items)").zeebeResultVariable("total"))
        .endEvent().done());

    // when
    long instance = start("script", Map.of("items", List.of(1, 2, 3.5)));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("total", new java.math.BigDecimal("6.5"));
  }

  @Test
  void feelScriptThatFailsRaisesAnIncidentAndRetriesOnResolve() {
    // given
    deploy(Bpmn.createExecutableProcess("bad").startEvent()
        .scriptTask("check", s -> s.zeebeExpression("assert(limit, limit != null)").zeebeResultVariable("ok"))
        .endEvent().done());
    long instance = start("bad");
    var incident = activeIncidents(instance).get(0);
    assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.errorMessage()).contains("'check'").contains(String.valueOf(instance));
    assertThat(activeElements(instance)).containsExactly("check");

    // when
    service.setVariables(instance, Map.of("limit", 5), false);
    service.resolveIncident(incident.incidentKey());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("ok", 5L);
  }

  @Test
  void scriptTaskWithoutScriptIsAJobForAWorker() {
    // given
    deploy(Bpmn.createExecutableProcess("jobScript").startEvent()
        .scriptTask("run", s -> s.zeebeJobType("script-runner")).endEvent().done());
    long instance = start("jobScript");

    // when
    completeJob("script-runner", Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }
}
