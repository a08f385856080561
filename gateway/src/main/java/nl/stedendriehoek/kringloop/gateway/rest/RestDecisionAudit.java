package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.DecisionDefinitionTypeEnum;
import io.camunda.client.protocol.rest.EvaluatedDecisionInputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionOutputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionResult;
import io.camunda.client.protocol.rest.MatchedDecisionRuleItem;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;

/** Evaluated decisions, their inputs and matched rules in the REST API's shapes (values as JSON text). */
final class RestDecisionAudit {

  private RestDecisionAudit() {}

  static EvaluatedDecisionResult decision(EvaluatedDecision d, String instanceId) {
    return new EvaluatedDecisionResult()
        .decisionDefinitionId(d.decisionId())
        .decisionDefinitionName(d.name())
        .decisionDefinitionVersion(d.version())
        .decisionDefinitionKey(Keys.format(d.key()))
        .decisionDefinitionType(d.type())
        .decisionEvaluationInstanceKey(instanceId)
        .output(Sql.json(d.output()))
        .evaluatedInputs(inputs(d.inputs()))
        .matchedRules(rules(d.matchedRules()))
        .tenantId(Tenants.DEFAULT);
  }

  static List<EvaluatedDecisionInputItem> inputs(List<EvaluatedDecision.Input> inputs) {
    return inputs.stream().map(in -> new EvaluatedDecisionInputItem()
        .inputId(in.id()).inputName(in.name()).inputValue(Sql.json(in.value()))).toList();
  }

  static List<MatchedDecisionRuleItem> rules(List<EvaluatedDecision.MatchedRule> rules) {
    return rules.stream().map(rule -> new MatchedDecisionRuleItem()
        .ruleId(rule.id()).ruleIndex(rule.index())
        .evaluatedOutputs(rule.outputs().stream().map(out -> new EvaluatedDecisionOutputItem()
            .outputId(out.id()).outputName(out.name()).outputValue(Sql.json(out.value()))).toList()))
        .toList();
  }

  static DecisionDefinitionTypeEnum type(String type) {
    try {
      return DecisionDefinitionTypeEnum.fromValue(type);
    } catch (IllegalArgumentException e) {
      return DecisionDefinitionTypeEnum.UNSPECIFIED;
    }
  }
}
