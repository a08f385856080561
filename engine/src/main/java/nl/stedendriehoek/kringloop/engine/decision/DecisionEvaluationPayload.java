package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload of a {@code DECISION_EVALUATION} record, written the same way by a business rule
 * task and by an evaluation through the API: which decision was called, its output or failure, and
 * every decision evaluated on the way with its inputs and matched rules ({@code evaluatedDecisions},
 * called decision last). Records written before the audit was kept lack that array; readers fall
 * back to the called decision alone.
 */
public final class DecisionEvaluationPayload {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DecisionEvaluationPayload() {}

  public static ObjectNode of(DecisionEvaluation evaluation) {
    DeployedDecision decision = evaluation.decision();
    ObjectNode payload = NODES.objectNode()
        .put("decisionId", decision.decisionId())
        .put("decisionKey", decision.key())
        .put("decisionVersion", decision.version())
        .put("decisionRequirementsKey", decision.decisionRequirementsKey())
        .put("decisionRequirementsId", decision.decisionRequirementsId());
    if (evaluation.failed()) {
      payload.put("evaluationFailureMessage", evaluation.failure());
    } else {
      payload.set("decisionOutput", evaluation.result());
    }
    ArrayNode evaluated = payload.putArray("evaluatedDecisions");
    evaluation.evaluatedDecisions().forEach(d -> evaluated.add(decision(d)));
    return payload;
  }

  private static ObjectNode decision(EvaluatedDecision d) {
    ObjectNode node = NODES.objectNode()
        .put("decisionId", d.decisionId())
        .put("decisionName", d.name())
        .put("decisionKey", d.key())
        .put("decisionVersion", d.version())
        .put("decisionType", d.type());
    node.set("output", d.output());
    ArrayNode inputs = node.putArray("evaluatedInputs");
    d.inputs().forEach(in -> inputs.addObject().put("inputId", in.id()).put("inputName", in.name())
        .set("inputValue", in.value()));
    ArrayNode rules = node.putArray("matchedRules");
    d.matchedRules().forEach(rule -> {
      ObjectNode matched = rules.addObject().put("ruleId", rule.id()).put("ruleIndex", rule.index());
      ArrayNode outputs = matched.putArray("evaluatedOutputs");
      rule.outputs().forEach(out -> outputs.addObject().put("outputId", out.id()).put("outputName", out.name())
          .set("outputValue", out.value()));
    });
    return node;
  }

  /**
   * The 1-based position of the called decision among the evaluated decisions: after every
   * required decision, also when it failed before it got an entry. Decision instance ids are
   * {@code <evaluation key>-<position>}, as in Camunda 8.
   */
  public static int calledPosition(JsonNode payload) {
    String called = payload.path("decisionId").asText();
    int position = 1;
    for (JsonNode d : payload.path("evaluatedDecisions")) {
      if (!called.equals(d.path("decisionId").asText())) {
        position++;
      }
    }
    return position;
  }

  /** One entry of {@code evaluatedDecisions} read back; missing parts are empty. */
  public static EvaluatedDecision evaluatedDecision(JsonNode d) {
    List<EvaluatedDecision.Input> inputs = new ArrayList<>();
    d.path("evaluatedInputs").forEach(in -> inputs.add(new EvaluatedDecision.Input(in.path("inputId").asText(),
        text(in, "inputName"), in.path("inputValue"))));
    List<EvaluatedDecision.MatchedRule> rules = new ArrayList<>();
    d.path("matchedRules").forEach(rule -> {
      List<EvaluatedDecision.Output> outputs = new ArrayList<>();
      rule.path("evaluatedOutputs").forEach(out -> outputs.add(new EvaluatedDecision.Output(
          out.path("outputId").asText(), text(out, "outputName"), out.path("outputValue"))));
      rules.add(new EvaluatedDecision.MatchedRule(rule.path("ruleId").asText(), rule.path("ruleIndex").asInt(),
          outputs));
    });
    return new EvaluatedDecision(d.path("decisionId").asText(), text(d, "decisionName"),
        d.path("decisionKey").asLong(-1), d.path("decisionVersion").asInt(), d.path("decisionType").asText(),
        d.path("output"), inputs, rules);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
