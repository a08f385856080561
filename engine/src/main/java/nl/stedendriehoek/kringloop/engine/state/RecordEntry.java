package nl.stedendriehoek.kringloop.engine.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One line of the append-only history: what changed, when, on which instance and element. */
public record RecordEntry(
    long key,
    String valueType,
    String intent,
    Instant timestamp,
    Long processInstanceKey,
    String elementId,
    ObjectNode payload) {}
