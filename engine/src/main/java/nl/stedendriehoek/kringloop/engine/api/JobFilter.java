package nl.stedendriehoek.kringloop.engine.api;

/** Search filter for jobs; null fields do not filter. */
public record JobFilter(Long processInstanceKey, String type, String state) {}
