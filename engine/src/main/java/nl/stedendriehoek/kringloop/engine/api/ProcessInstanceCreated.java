package nl.stedendriehoek.kringloop.engine.api;

/** The answer to {@link CreateProcessInstance}, as Camunda returns it. */
public record ProcessInstanceCreated(
    long processInstanceKey, long processDefinitionKey, String bpmnProcessId, int version) {}
