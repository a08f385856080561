package nl.stedendriehoek.kringloop.engine.api;

/** Search filter for incidents; null fields do not filter. {@code state}: ACTIVE or RESOLVED. */
public record IncidentFilter(Long processInstanceKey, String state) {}
