package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;

/** One entry of the append-only history. {@code payload} is JSON text. */
public record RecordView(
    long position, long key, String valueType, String intent, Instant timestamp,
    Long processInstanceKey, String elementId, String payload) {}
