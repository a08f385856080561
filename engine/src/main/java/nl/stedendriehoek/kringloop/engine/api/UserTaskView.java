package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A user task as the Tasklist sees it. {@code state} is CREATED, COMPLETED or CANCELED. */
public record UserTaskView(
    long userTaskKey,
    String state,
    String elementId,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    Instant dueDate,
    Instant followUpDate,
    int priority,
    Long formKey,
    String externalFormReference,
    Map<String, String> customHeaders,
    Instant creationDate,
    Instant completionDate) {}
