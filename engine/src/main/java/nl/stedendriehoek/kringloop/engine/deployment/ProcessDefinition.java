package nl.stedendriehoek.kringloop.engine.deployment;

/** The stored identity of one version of a BPMN process. */
public record ProcessDefinition(
    long key,
    String bpmnProcessId,
    int version,
    String versionTag,
    String resourceName,
    long deploymentKey) {}
