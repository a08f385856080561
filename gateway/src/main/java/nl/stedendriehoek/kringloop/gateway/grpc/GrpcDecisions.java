package nl.stedendriehoek.kringloop.gateway.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionInput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionOutput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MatchedDecisionRule;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.decision.DeployedDecision;
import nl.stedendriehoek.kringloop.engine.decision.StandaloneEvaluation;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import nl.stedendriehoek.kringloop.gateway.Tenants;

/**
 * A decision evaluation as Zeebe's {@code EvaluateDecisionResponse}: every decision evaluated (required
 * ones first) with its inputs and matched rules; a failure is part of the answer.
 */
final class GrpcDecisions {

  private GrpcDecisions() {}

  static EvaluateDecisionResponse response(StandaloneEvaluation evaluation) {
    DeployedDecision decision = evaluation.decision();
    String output = evaluation.output() == null ? "" : evaluation.output();
    EvaluateDecisionResponse.Builder response = EvaluateDecisionResponse.newBuilder()
        .setDecisionKey(decision.key())
        .setDecisionId(decision.decisionId())
        .setDecisionName(decision.name() == null ? "" : decision.name())
        .setDecisionVersion(decision.version())
        .setDecisionRequirementsId(decision.decisionRequirementsId())
        .setDecisionRequirementsKey(decision.decisionRequirementsKey())
        .setDecisionOutput(output)
        .setDecisionInstanceKey(evaluation.evaluationKey())
        .setDecisionEvaluationKey(evaluation.evaluationKey())
        .setTenantId(Tenants.DEFAULT);
    List<nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision> evaluated = evaluation.evaluatedDecisions();
    for (int i = 0; i < evaluated.size(); i++) {
      response.addEvaluatedDecisions(decision(evaluated.get(i), evaluation.instanceId(i + 1)));
    }
    if (evaluated.stream().noneMatch(d -> d.decisionId().equals(decision.decisionId()))) {
      response.addEvaluatedDecisions(EvaluatedDecision.newBuilder()
          .setDecisionKey(decision.key())
          .setDecisionId(decision.decisionId())
          .setDecisionName(decision.name() == null ? "" : decision.name())
          .setDecisionVersion(decision.version())
          .setDecisionOutput(output)
          .setDecisionEvaluationInstanceKey(evaluation.instanceId(evaluation.calledPosition()))
          .setTenantId(Tenants.DEFAULT));
    }
    if (evaluation.failed()) {
      response.setFailedDecisionId(decision.decisionId()).setFailureMessage(evaluation.failure());
    }
    return response.build();
  }

  private static EvaluatedDecision.Builder decision(
      nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision d, String instanceId) {
    EvaluatedDecision.Builder builder = EvaluatedDecision.newBuilder()
        .setDecisionKey(d.key())
        .setDecisionId(d.decisionId())
        .setDecisionName(d.name() == null ? "" : d.name())
        .setDecisionVersion(d.version())
        .setDecisionType(d.type())
        .setDecisionOutput(Sql.json(d.output()))
        .setDecisionEvaluationInstanceKey(instanceId)
        .setTenantId(Tenants.DEFAULT);
    d.inputs().forEach(in -> builder.addEvaluatedInputs(EvaluatedDecisionInput.newBuilder()
        .setInputId(in.id()).setInputName(in.name() == null ? "" : in.name()).setInputValue(Sql.json(in.value()))));
    d.matchedRules().forEach(rule -> {
      MatchedDecisionRule.Builder matched = MatchedDecisionRule.newBuilder().setRuleId(rule.id())
          .setRuleIndex(rule.index());
      rule.outputs().forEach(out -> matched.addEvaluatedOutputs(EvaluatedDecisionOutput.newBuilder()
          .setOutputId(out.id()).setOutputName(out.name() == null ? "" : out.name())
          .setOutputValue(Sql.json(out.value()))));
      builder.addMatchedRules(matched);
    });
    return builder;
  }
}
