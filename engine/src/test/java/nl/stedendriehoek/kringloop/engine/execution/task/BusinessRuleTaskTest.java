package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class BusinessRuleTaskTest extends EngineTest {

  /** A decision table 'discount' (hit policy as given) on the input {@code amount}. */
  private static Resource dmn(String hitPolicy, String smallResult, String largeResult) {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="pricing" name="Pricing"
            namespace="https://kringloop.test/dmn">
          <decision id="discount" name="Discount">
            <decisionTable id="table" hitPolicy="%s">
              <input id="in-amount" label="Amount">
                <inputExpression id="in-amount-expr" typeRef="number"><text>amount</text></inputExpression>
              </input>
              <output id="out-discount" name="discount" typeRef="number" />
              <output id="out-reason" name="reason" typeRef="string" />
              <rule id="small">
                <inputEntry id="small-in"><text>&lt; 100</text></inputEntry>
                <outputEntry id="small-out"><text>%s</text></outputEntry>
                <outputEntry id="small-reason"><text>"small"</text></outputEntry>
              </rule>
              <rule id="large">
                <inputEntry id="large-in"><text>&gt;= 50</text></inputEntry>
                <outputEntry id="large-out"><text>%s</text></outputEntry>
                <outputEntry id="large-reason"><text>"large"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(hitPolicy, smallResult, largeResult);
    return new Resource("pricing.dmn", xml.getBytes(StandardCharsets.UTF_8));
  }

  private static BpmnModelInstance callingDiscount() {
    return Bpmn.createExecutableProcess("rules").startEvent()
        .businessRuleTask("decide", t -> t.zeebeCalledDecisionId("discount").zeebeResultVariable("pricing"))
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done();
  }

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

  @Test
  void calledDecisionIsEvaluatedInTheLatestVersionAndItsResultStoredInTheResultVariable() {
    // given
    service.deploy(List.of(dmn("FIRST", "0", "5")));
    service.deploy(List.of(dmn("FIRST", "1", "10")));
    deploy(callingDiscount());

    // when
    long instance = start("rules", Map.of("amount", 250));

    // then
    assertThat(activeElements(instance)).containsExactly("after");
    assertThat(variables(instance)).containsEntry("pricing", Map.of("discount", 10L, "reason", "large"));
    assertThat(queries.records(instance)).filteredOn(r -> r.valueType().equals("DECISION_EVALUATION"))
        .singleElement().satisfies(record -> {
          assertThat(record.intent()).isEqualTo("EVALUATED");
          assertThat(record.elementId()).isEqualTo("decide");
          assertThat(record.payload()).contains("\"decisionId\": \"discount\"", "\"decisionVersion\": 2");
        });
  }

  @Test
  void missingDecisionRaisesAnIncidentThatResolvesOnceTheDecisionIsDeployed() {
    // given
    deploy(callingDiscount());
    long instance = start("rules", Map.of("amount", 20));
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("CALLED_DECISION_ERROR");
      assertThat(incident.errorMessage()).contains("decision 'discount'", "element 'decide'", "no decision");
    });

    // when
    service.deploy(List.of(dmn("FIRST", "1", "10")));
    service.resolveIncident(activeIncidents(instance).get(0).incidentKey());

    // then
    assertThat(variables(instance)).containsEntry("pricing", Map.of("discount", 1L, "reason", "small"));
    assertThat(activeElements(instance)).containsExactly("after");
  }

  @Test
  void failingEvaluationRaisesAnIncidentAndIsRecorded() {
    // given two rules match an amount of 70 under hit policy UNIQUE
    service.deploy(List.of(dmn("UNIQUE", "1", "10")));
    deploy(callingDiscount());

    // when
    long instance = start("rules", Map.of("amount", 70));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("DECISION_EVALUATION_ERROR");
      assertThat(incident.errorMessage()).contains("Failed to evaluate decision 'discount' (version 1)", "element 'decide'");
    });
    assertThat(queries.records(instance)).filteredOn(r -> r.valueType().equals("DECISION_EVALUATION"))
        .extracting(r -> r.intent()).containsExactly("FAILED");
  }

  @Test
  void decisionIdCanBeAnExpression() {
    // given
    service.deploy(List.of(dmn("FIRST", "1", "10")));
    deploy(Bpmn.createExecutableProcess("rules").startEvent()
        .businessRuleTask("decide", t -> t.zeebeCalledDecisionIdExpression("which").zeebeResultVariable("pricing"))
        .endEvent().done());

    // when
    long instance = start("rules", Map.of("which", "discount", "amount", 5));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("pricing", Map.of("discount", 1L, "reason", "small"));
  }

  @Test
  void dmnThatDmnScalaCannotParseIsRefusedAtDeployment() {
    // given a decision table whose input entry is not FEEL
    Resource broken = new Resource("broken.dmn", new String(dmn("FIRST", "1", "10").content(), StandardCharsets.UTF_8)
        .replace("&lt; 100", "&lt;&lt; 100").getBytes(StandardCharsets.UTF_8));

    // when / then
    assertThatThrownBy(() -> service.deploy(List.of(broken)))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'broken.dmn'")
        .hasMessageContaining("not an evaluable DMN document");
  }

  @Test
  void calledDecisionBindingOtherThanLatestIsRefusedAtDeployment() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("rules").startEvent()
        .businessRuleTask("decide", t -> t.zeebeCalledDecisionId("discount").zeebeResultVariable("pricing")
            .zeebeBindingType(ZeebeBindingType.deployment))
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'decide'")
        .hasMessageContaining("bindingType 'deployment'");
  }
}
