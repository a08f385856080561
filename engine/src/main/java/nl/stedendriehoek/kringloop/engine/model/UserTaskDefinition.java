package nl.stedendriehoek.kringloop.engine.model;

import java.util.Map;
import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * A Camunda user task ({@code zeebe:userTask}) with its assignment, schedule, priority and form.
 * Every expression may be null when not modelled.
 *
 * @param formId a linked form ({@code zeebe:formDefinition formId}), bound to the latest version
 * @param formReference a custom or embedded form key ({@code zeebe:formDefinition formKey} or
 *     {@code externalReference}), handed to the task as its external form reference
 */
public record UserTaskDefinition(
    Expression assignee,
    Expression candidateGroups,
    Expression candidateUsers,
    Expression dueDate,
    Expression followUpDate,
    Expression priority,
    String formId,
    Expression formReference,
    Map<String, String> headers) {}
