package nl.stedendriehoek.kringloop.engine.query;

import java.time.Instant;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision;

/**
 * One decision evaluated by a business rule task or through the API: the called decision, or one
 * it required. {@code id} is {@code <evaluation key>-<position>}, Camunda's form; {@code output}
 * is JSON text. Inputs and matched rules are those of this decision (empty for a literal
 * expression, and for evaluations recorded before Kringloop kept that audit). The process keys are
 * -1 for an evaluation through the API.
 *
 * @param called whether this is the decision the task or API call asked for (it carries the
 *     evaluation's state and failure; a required decision was evaluated)
 */
public record DecisionInstanceView(
    String id, long evaluationKey, boolean called, boolean failed, Instant evaluationDate, String failure,
    long decisionDefinitionKey, String decisionDefinitionId, String decisionDefinitionName, int decisionDefinitionVersion,
    String decisionType, String output, long processDefinitionKey, long processInstanceKey, long elementInstanceKey,
    List<EvaluatedDecision.Input> inputs, List<EvaluatedDecision.MatchedRule> matchedRules) {

  public DecisionInstanceView {
    inputs = List.copyOf(inputs);
    matchedRules = List.copyOf(matchedRules);
  }
}
