package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The outcome of evaluating one decision: the result, or why it failed. Which decision (key,
 * version, decision requirements) was evaluated is known in both cases, for the history record,
 * and so are the decisions dmn-scala evaluated on the way (required ones first, the called one
 * last), with their inputs and matched rules. A failure stops at the decision that failed.
 */
public record DecisionEvaluation(
    DeployedDecision decision, JsonNode result, String failure, List<EvaluatedDecision> evaluatedDecisions) {

  public DecisionEvaluation {
    evaluatedDecisions = List.copyOf(evaluatedDecisions);
  }

  public boolean failed() {
    return failure != null;
  }
}
