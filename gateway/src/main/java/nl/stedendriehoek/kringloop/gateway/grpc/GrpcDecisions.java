package nl.stedendriehoek.kringloop.gateway.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision;
import nl.stedendriehoek.kringloop.engine.decision.DeployedDecision;
import nl.stedendriehoek.kringloop.engine.decision.StandaloneEvaluation;
import nl.stedendriehoek.kringloop.gateway.Tenants;

/** A decision evaluation as Zeebe's {@code EvaluateDecisionResponse}; a failure is part of the answer. */
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
        .setTenantId(Tenants.DEFAULT)
        .addEvaluatedDecisions(EvaluatedDecision.newBuilder()
            .setDecisionKey(decision.key())
            .setDecisionId(decision.decisionId())
            .setDecisionName(decision.name() == null ? "" : decision.name())
            .setDecisionVersion(decision.version())
            .setDecisionOutput(output)
            .setDecisionEvaluationInstanceKey(evaluation.evaluationKey() + "-1")
            .setTenantId(Tenants.DEFAULT));
    if (evaluation.failed()) {
      response.setFailedDecisionId(decision.decisionId()).setFailureMessage(evaluation.failure());
    }
    return response.build();
  }
}
