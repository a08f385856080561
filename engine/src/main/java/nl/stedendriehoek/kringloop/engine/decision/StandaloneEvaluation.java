package nl.stedendriehoek.kringloop.engine.decision;

import java.time.Instant;
import java.util.List;

/**
 * A decision evaluated through the API (not by a business rule task): what was evaluated, its
 * output (JSON text) or why it failed, the key under which it is kept, and the decisions evaluated
 * on the way (required ones first). Decision instance ids are {@code <evaluationKey>-<position>};
 * {@link #calledPosition()} is the called decision's position.
 */
public record StandaloneEvaluation(
    DeployedDecision decision, String output, String failure, long evaluationKey, Instant evaluatedAt,
    List<EvaluatedDecision> evaluatedDecisions, int calledPosition) {

  public StandaloneEvaluation {
    evaluatedDecisions = List.copyOf(evaluatedDecisions);
  }

  public boolean failed() {
    return failure != null;
  }

  /** The decision instance id of the decision at a 1-based position. */
  public String instanceId(int position) {
    return evaluationKey + "-" + position;
  }
}
