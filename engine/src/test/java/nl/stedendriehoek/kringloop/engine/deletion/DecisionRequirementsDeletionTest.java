package nl.stedendriehoek.kringloop.engine.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.query.Filter;
import nl.stedendriehoek.kringloop.engine.query.Search;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * Deleting a decision requirements graph deletes all its decisions: lookups by decision id use
 * the latest version that is left, a business rule task with none left raises an incident, and
 * evaluating by id is not found. Decision instances already recorded stay.
 */
class DecisionRequirementsDeletionTest extends EngineTest {

  private static final Search ALL = Search.of(Filter.none(), 100);

  /** DRG 'pricing' with decision 'discount' answering {@code result} for every input. */
  private static Resource pricing(int result) {
    return new Resource("pricing.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="pricing" name="Pricing"
            namespace="https://kringloop.test/dmn">
          <decision id="discount" name="Discount">
            <literalExpression id="expr"><text>%d</text></literalExpression>
          </decision>
        </definitions>
        """.formatted(result).getBytes(StandardCharsets.UTF_8));
  }

  private static long deployPricing(int result) {
    return service.deploy(List.of(pricing(result))).decisionRequirements().get(0).decisionRequirementsKey();
  }

  private static long startRules() {
    deploy(Bpmn.createExecutableProcess("rules").startEvent()
        .businessRuleTask("decide", t -> t.zeebeCalledDecisionId("discount").zeebeResultVariable("discount"))
        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());
    return start("rules");
  }

  @Test
  void shouldEvaluateThePreviousVersionAfterTheLatestIsDeleted() {
    // given
    deployPricing(5);
    long latest = deployPricing(10);

    // when
    service.deleteResource(latest, null);
    long instance = startRules();

    // then
    assertThat(variables(instance)).containsEntry("discount", 5L);
    assertThat(engine.decisionEvaluations().evaluate("discount", null, Map.of()).decision().version()).isEqualTo(1);
  }

  @Test
  void shouldRaiseAnIncidentAndRefuseEvaluationWhenNoDecisionIsLeft() {
    // given
    long only = deployPricing(5);
    long evaluatedBefore = engine.decisionEvaluations().evaluate("discount", null, Map.of()).evaluationKey();

    // when
    service.deleteResource(only, null);
    long instance = startRules();

    // then
    assertThat(activeIncidents(instance)).singleElement()
        .satisfies(incident -> assertThat(incident.errorType()).isEqualTo("CALLED_DECISION_ERROR"));
    assertThatThrownBy(() -> engine.decisionEvaluations().evaluate("discount", null, Map.of()))
        .isInstanceOf(NotFoundException.class);
    assertThat(engine.searches().decisionDefinitions(ALL).items()).isEmpty();
    assertThat(engine.searches().decisionRequirements(ALL).items()).isEmpty();
    assertThat(engine.searches().decisionInstances(ALL).items())
        .extracting(i -> i.evaluationKey()).containsExactly(evaluatedBefore);
  }
}
