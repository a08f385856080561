package nl.stedendriehoek.kringloop.engine.execution.task;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluation;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluationPayload;
import nl.stedendriehoek.kringloop.engine.decision.DeployedDecision;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.CalledDecisionDefinition;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;

/**
 * A business rule task either evaluates its {@code zeebe:calledDecision} (latest version of the
 * decision id) with the variables visible to it, stores the result in the result variable and
 * completes at once, or, without one, is a job for a worker. Every evaluation, failed or not, is
 * kept as a {@code DECISION_EVALUATION} record (the decision instance).
 */
public final class BusinessRuleTaskBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    CalledDecisionDefinition called = element.calledDecision();
    if (called == null) {
      JobCreation.createJob(instance, element.job(), execution);
      return;
    }
    String decisionId = JobCreation.evaluateText(instance, called.decisionId(), "decisionId", execution);
    if (decisionId == null) {
      return;
    }
    Optional<DeployedDecision> decision = execution.engine().decisions().latest(decisionId);
    if (decision.isEmpty()) {
      execution.raiseIncident(instance, ErrorType.CALLED_DECISION_ERROR, "Expected to evaluate decision '"
          + decisionId + "' for " + Execution.describe(instance) + ", but no decision with that id is deployed", null);
      return;
    }
    DecisionEvaluation evaluation =
        execution.engine().decisions().evaluate(decision.get(), execution.variables().visible(instance.key()));
    execution.appendRecord(record(instance, evaluation, execution));
    if (evaluation.failed()) {
      execution.raiseIncident(instance, ErrorType.DECISION_EVALUATION_ERROR, "Failed to evaluate decision '"
          + decisionId + "' (version " + decision.get().version() + ") for " + Execution.describe(instance)
          + ": " + evaluation.failure(), null);
      return;
    }
    execution.mergeResultVariables(instance, Map.of(called.resultVariable(), evaluation.result()));
    execution.activated(instance);
    execution.complete(instance);
  }

  @Override
  public void terminate(ElementInstance instance, ExecutableElement element, Execution execution) {
    JobCreation.cancelJob(instance, execution);
  }

  private static RecordEntry record(ElementInstance instance, DecisionEvaluation evaluation, Execution execution) {
    ObjectNode payload = DecisionEvaluationPayload.of(evaluation)
        .put("elementInstanceKey", instance.key())
        .put("bpmnProcessId", instance.bpmnProcessId())
        .put("processDefinitionKey", instance.processDefinitionKey());
    return new RecordEntry(execution.nextKey(), "DECISION_EVALUATION", evaluation.failed() ? "FAILED" : "EVALUATED",
        execution.now(), instance.processInstanceKey(), instance.elementId(), payload);
  }
}
