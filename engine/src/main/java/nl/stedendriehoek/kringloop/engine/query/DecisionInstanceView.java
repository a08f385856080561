package nl.stedendriehoek.kringloop.engine.query;

import java.time.Instant;

/**
 * One evaluation of a decision, by a business rule task or through the API: its output (JSON
 * text) or failure. {@code id} is {@code <evaluation key>-1}, Camunda's form for the first (here:
 * only) decision evaluated. The process keys are -1 for an evaluation through the API.
 */
public record DecisionInstanceView(
    String id, long evaluationKey, boolean failed, Instant evaluationDate, String failure,
    long decisionDefinitionKey, String decisionDefinitionId, String decisionDefinitionName, int decisionDefinitionVersion,
    String output, long processDefinitionKey, long processInstanceKey, long elementInstanceKey) {}
