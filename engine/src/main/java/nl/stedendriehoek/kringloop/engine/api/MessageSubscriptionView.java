package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;

/**
 * A process instance's message subscription as the API shows it.
 *
 * @param state CREATED (waiting), CORRELATED or DELETED (closed unused), as Camunda 8 names them
 */
public record MessageSubscriptionView(
    long key, long processDefinitionKey, String bpmnProcessId, long processInstanceKey, String elementId,
    long elementInstanceKey, String messageName, String correlationKey, String state, Instant lastUpdatedDate) {}
