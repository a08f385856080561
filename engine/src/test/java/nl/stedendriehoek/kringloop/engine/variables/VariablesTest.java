package nl.stedendriehoek.kringloop.engine.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.VariableView;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class VariablesTest extends EngineTest {

  private static long subProcessKey(long instance) {
    return queries.elementInstances(instance).stream().filter(e -> e.elementId().equals("sub")).findFirst()
        .orElseThrow().elementInstanceKey();
  }

  @Test
  void jsonValuesOfAnyShapeRoundTripAndNumbersKeepTheirType() {
    // given
    deploy(Bpmn.createExecutableProcess("json").startEvent().serviceTask("t", s -> s.zeebeJobType("json"))
        .endEvent().done());
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("list", List.of(1, "two", false));
    nested.put("empty", Map.of());
    nested.put("nothing", null);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("int", 7);
    input.put("big", 9_007_199_254_740_993L);
    input.put("decimal", 2.50);
    input.put("text", "tekst met ë");
    input.put("flag", true);
    input.put("nested", nested);
    input.put("none", null);

    // when
    start("json", input);
    ActivatedJob job = activateOne("json");

    // then
    assertThat(job.variables().get("int")).isEqualTo(7L);
    assertThat(job.variables().get("big")).isEqualTo(9_007_199_254_740_993L);
    assertThat(job.variables().get("decimal")).isEqualTo(new BigDecimal("2.5"));
    assertThat(job.variables().get("text")).isEqualTo("tekst met ë");
    assertThat(job.variables().get("flag")).isEqualTo(true);
    assertThat(job.variables()).containsKey("none").containsEntry("none", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> nestedOut = (Map<String, Object>) job.variables().get("nested");
    assertThat(nestedOut.get("list")).isEqualTo(List.of(1L, "two", false));
    assertThat(nestedOut.get("empty")).isEqualTo(Map.of());
  }

  @Test
  void inputMappingsCreateLocalVariablesThatDoNotLeakOut() {
    // given
    deploy(Bpmn.createExecutableProcess("in").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("in").zeebeInputExpression("order.total * 2", "double")
            .zeebeInputExpression("double + 1", "plusOne").zeebeInputExpression("order.id", "meta.orderId"))
        .endEvent().done());
    long instance = start("in", Map.of("order", Map.of("id", "A1", "total", 10)));

    // when
    ActivatedJob job = activateOne("in");

    // then
    assertThat(job.variables()).containsEntry("double", 20L).containsEntry("plusOne", 21L)
        .containsEntry("meta", Map.of("orderId", "A1"));
    service.completeJob(job.jobKey(), Map.of());
    assertThat(variables(instance)).containsOnlyKeys("order");
  }

  @Test
  void pathMappingsReadValuesAsFeelWouldIncludingMissingOnesAndListProjections() {
    // given
    deploy(Bpmn.createExecutableProcess("paths").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("paths").zeebeInputExpression("order.amount", "amount")
            .zeebeInputExpression("order.missing.deeper", "missing").zeebeInputExpression("nobody", "nobody")
            .zeebeInputExpression("order.lines.sku", "skus").zeebeInputExpression("order", "copy"))
        .endEvent().done());
    Map<String, Object> order = Map.of("amount", 12.50, "lines", List.of(Map.of("sku", "a"), Map.of("sku", "b")));

    // when
    start("paths", Map.of("order", order));
    ActivatedJob job = activateOne("paths");

    // then
    assertThat(job.variables()).containsEntry("amount", new BigDecimal("12.5"))
        .containsEntry("missing", null).containsEntry("nobody", null)
        .containsEntry("skus", List.of("a", "b"));
    assertThat(job.variables().get("copy")).isEqualTo(job.variables().get("order"));
  }

  @Test
  void outputMappingsPickFromTheJobResultIntoTheFlowScope() {
    // given
    deploy(Bpmn.createExecutableProcess("out").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("out").zeebeOutputExpression("result.score", "score")
            .zeebeOutputExpression("result.score > 5", "passed"))
        .endEvent().done());
    long instance = start("out");

    // when
    completeJob("out", Map.of("result", Map.of("score", 8), "noise", "x"));

    // then
    assertThat(variables(instance)).containsEntry("score", 8L).containsEntry("passed", true)
        .doesNotContainKeys("result", "noise");
  }

  @Test
  void jobResultPropagatesToTheNearestScopeThatHasTheVariableElseToTheRoot() {
    // given
    deploy(Bpmn.createExecutableProcess("prop").startEvent()
        .subProcess("sub").zeebeInputExpression("\"sub\"", "owner")
        .embeddedSubProcess().startEvent().serviceTask("t", s -> s.zeebeJobType("prop")).endEvent()
        .subProcessDone().serviceTask("after", s -> s.zeebeJobType("after")).endEvent().done());
    long instance = start("prop", Map.of("owner", "root"));
    long sub = subProcessKey(instance);

    // when
    completeJob("prop", Map.of("owner", "worker", "fresh", 1));

    // then: 'owner' existed in the sub-process scope and was updated there; 'fresh' went to the root
    List<VariableView> all = queries.variables(instance);
    assertThat(all).filteredOn(v -> v.name().equals("owner") && v.scopeKey() == sub)
        .singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("\"worker\""));
    assertThat(variables(instance)).containsEntry("owner", "root").containsEntry("fresh", 1L);
  }

  @Test
  void setVariablesLocallyOrPropagated() {
    // given
    deploy(Bpmn.createExecutableProcess("set").startEvent()
        .subProcess("sub").embeddedSubProcess().startEvent().userTask("wait", u -> u.zeebeUserTask()).endEvent()
        .subProcessDone().endEvent().done());
    long instance = start("set");
    long sub = subProcessKey(instance);

    // when
    service.setVariables(sub, Map.of("local", 1), true);
    service.setVariables(sub, Map.of("global", 2), false);

    // then
    assertThat(queries.variables(instance)).filteredOn(v -> v.name().equals("local"))
        .singleElement().satisfies(v -> assertThat(v.scopeKey()).isEqualTo(sub));
    assertThat(variables(instance)).containsEntry("global", 2L).doesNotContainKey("local");
  }

  @Test
  void localVariableShadowsTheOuterOneForTheJob() {
    // given
    deploy(Bpmn.createExecutableProcess("shadow").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("shadow").zeebeInputExpression("\"inner\"", "name"))
        .endEvent().done());

    // when
    start("shadow", Map.of("name", "outer"));

    // then
    assertThat(activateOne("shadow").variables()).containsEntry("name", "inner");
  }

  @Test
  void fetchVariablesLimitsWhatTheWorkerReceives() {
    // given
    deploy(Bpmn.createExecutableProcess("fetch").startEvent().serviceTask("t", s -> s.zeebeJobType("fetch"))
        .endEvent().done());
    start("fetch", Map.of("a", 1, "b", 2, "c", 3));

    // when
    List<ActivatedJob> jobs = service.activateJobs(
        new ActivateJobsRequest("fetch", "w", java.time.Duration.ofMinutes(1), 1, List.of("a", "c", "missing")));

    // then
    assertThat(jobs.get(0).variables()).containsOnlyKeys("a", "c");
  }

  @Test
  void failingInputMappingRaisesAnIncidentNamingTheTarget() {
    // given
    deploy(Bpmn.createExecutableProcess("fail").startEvent()
        .serviceTask("t", s -> s.zeebeJobType("fail").zeebeInputExpression("assert(x, x != null)", "y"))
        .endEvent().done());

    // when
    long instance = start("fail");

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(i -> {
      assertThat(i.errorType()).isEqualTo("IO_MAPPING_ERROR");
      assertThat(i.errorMessage()).contains("'y'").contains("'t'");
    });
  }

  @Test
  void hugeVariableDocumentsAreRejectedWithTheirSize() {
    // given
    deploy(Bpmn.createExecutableProcess("huge").startEvent().endEvent().done());
    String big = "x".repeat(MAX_VARIABLES_BYTES + 1);

    // when / then
    assertThatThrownBy(() -> start("huge", Map.of("blob", big)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("at most " + MAX_VARIABLES_BYTES + " bytes")
        .hasMessageContaining(String.valueOf(MAX_VARIABLES_BYTES + 1 + "{\"blob\":\"\"}".length()));
    assertThat(queries.processInstances(new nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter(null, null)))
        .isEmpty();
  }

  @Test
  void largeButAllowedDocumentsAreStored() {
    // given
    deploy(Bpmn.createExecutableProcess("large").startEvent().userTask("u", u -> u.zeebeUserTask()).endEvent().done());
    String large = "y".repeat(1024 * 1024);

    // when
    long instance = start("large", Map.of("blob", large));

    // then
    assertThat(variables(instance).get("blob")).isEqualTo(large);
  }
}
