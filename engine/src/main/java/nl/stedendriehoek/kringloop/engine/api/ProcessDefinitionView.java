package nl.stedendriehoek.kringloop.engine.api;

/**
 * A deployed process version.
 *
 * @param name the process's name in the BPMN, or its id when it has none (as Camunda 8 reports it)
 * @param hasStartForm whether its none start event links a form
 */
public record ProcessDefinitionView(
    long processDefinitionKey, String bpmnProcessId, String name, int version, String versionTag, String resourceName,
    boolean hasStartForm) {}
