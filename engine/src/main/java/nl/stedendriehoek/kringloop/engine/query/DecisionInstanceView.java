package nl.stedendriehoek.kringloop.engine.query;

import java.time.Instant;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision;

/**
 * One evaluation of a decision, by a business rule task or through the API: its output (JSON
 * text) or failure. {@code id} is {@code <evaluation key>-<position>}, Camunda's form, where the
 * position is the called decision's among the decisions evaluated (required decisions come first).
 * {@code evaluatedDecisions} holds every decision evaluated, with inputs and matched rules; it is
 * empty for evaluations recorded before Kringloop kept that audit. The process keys are -1 for an
 * evaluation through the API.
 */
public record DecisionInstanceView(
    String id, long evaluationKey, boolean failed, Instant evaluationDate, String failure,
    long decisionDefinitionKey, String decisionDefinitionId, String decisionDefinitionName, int decisionDefinitionVersion,
    String decisionType, String output, long processDefinitionKey, long processInstanceKey, long elementInstanceKey,
    List<EvaluatedDecision> evaluatedDecisions) {

  public DecisionInstanceView {
    evaluatedDecisions = List.copyOf(evaluatedDecisions);
  }
}
