package nl.stedendriehoek.kringloop.engine.api;

/** A deployed process version. */
public record ProcessDefinitionView(
    long processDefinitionKey, String bpmnProcessId, int version, String versionTag, String resourceName) {}
