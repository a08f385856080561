package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;

/** One node of the element-instance tree. {@code state} is a lifecycle state name. */
public record ElementInstanceView(
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    String elementId,
    String type,
    Long flowScopeKey,
    String state,
    Instant startDate,
    Instant endDate,
    boolean hasIncident) {}
