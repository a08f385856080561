package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One decision evaluated during an evaluation: the called decision itself, or a decision it
 * requires (evaluated first). It says which inputs a decision table saw and which rules matched with
 * what outputs — what Camunda 8 reports as {@code evaluatedDecisions} and on a decision instance.
 *
 * @param key the deployed decision's key, or -1 when the decision is not deployed on its own
 * @param type {@code DECISION_TABLE}, {@code LITERAL_EXPRESSION} or {@code UNSPECIFIED} (other logic)
 * @param output the decision's result, JSON null when it failed before producing one
 */
public record EvaluatedDecision(
    String decisionId, String name, long key, int version, String type, JsonNode output,
    List<Input> inputs, List<MatchedRule> matchedRules) {

  public EvaluatedDecision {
    inputs = List.copyOf(inputs);
    matchedRules = List.copyOf(matchedRules);
  }

  /** The value an input expression of a decision table evaluated to. */
  public record Input(String id, String name, JsonNode value) {}

  /** A rule that matched, with its 1-based position in the table and the outputs it produced. */
  public record MatchedRule(String id, int index, List<Output> outputs) {

    public MatchedRule {
      outputs = List.copyOf(outputs);
    }
  }

  /** One output value of a matched rule. */
  public record Output(String id, String name, JsonNode value) {}
}
