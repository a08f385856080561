package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;
import java.util.Map;

/** A job handed to a worker, shaped like Camunda's ActivatedJob. */
public record ActivatedJob(
    long jobKey,
    String type,
    long processInstanceKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    long processDefinitionKey,
    String elementId,
    long elementInstanceKey,
    Map<String, String> customHeaders,
    String worker,
    int retries,
    Instant deadline,
    Map<String, Object> variables) {}
