package nl.stedendriehoek.kringloop.engine.api;

/** Search filter for process instances; null fields do not filter. */
public record ProcessInstanceFilter(String bpmnProcessId, String state) {}
