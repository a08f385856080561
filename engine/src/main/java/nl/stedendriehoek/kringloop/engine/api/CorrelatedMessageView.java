package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;

/**
 * A message that reached a subscription (a catch event, receive task, boundary event, event-based
 * gateway or message start event).
 *
 * @param elementInstanceKey the subscription's owner; null for a message start event
 */
public record CorrelatedMessageView(
    long messageKey, long subscriptionKey, long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
    String elementId, Long elementInstanceKey, String messageName, String correlationKey, Instant correlationTime) {}
