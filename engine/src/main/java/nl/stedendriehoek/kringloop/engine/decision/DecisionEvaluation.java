package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of evaluating one decision: the result, or why it failed. Which decision (key,
 * version, decision requirements) was evaluated is known in both cases, for the history record.
 */
public record DecisionEvaluation(DeployedDecision decision, JsonNode result, String failure) {

  public boolean failed() {
    return failure != null;
  }
}
