package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;

/** A process instance. {@code state} is ACTIVE, COMPLETED or CANCELED; the parent keys are set
 * when a call activity started it. */
public record ProcessInstanceView(
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    String state,
    Instant startDate,
    Instant endDate,
    boolean hasIncident,
    Long parentProcessInstanceKey,
    Long parentElementInstanceKey) {}
