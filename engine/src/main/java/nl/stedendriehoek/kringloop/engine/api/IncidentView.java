package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;

/** An incident as Operate shows it. {@code state} is ACTIVE or RESOLVED. */
public record IncidentView(
    long incidentKey,
    String errorType,
    String errorMessage,
    String state,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    String elementId,
    long elementInstanceKey,
    Long jobKey,
    Instant creationTime) {}
