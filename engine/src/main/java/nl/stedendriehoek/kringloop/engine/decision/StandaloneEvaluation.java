package nl.stedendriehoek.kringloop.engine.decision;

import java.time.Instant;

/**
 * A decision evaluated through the API (not by a business rule task): what was evaluated, its
 * output (JSON text) or why it failed, and the key under which it is kept as a decision instance.
 */
public record StandaloneEvaluation(
    DeployedDecision decision, String output, String failure, long evaluationKey, Instant evaluatedAt) {

  public boolean failed() {
    return failure != null;
  }
}
