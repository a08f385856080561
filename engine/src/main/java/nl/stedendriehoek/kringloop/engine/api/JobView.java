package nl.stedendriehoek.kringloop.engine.api;

import java.time.Instant;
import java.util.Map;

/** A job as a search shows it. */
public record JobView(
    long jobKey,
    String type,
    String state,
    int retries,
    String worker,
    Instant deadline,
    String errorMessage,
    String errorCode,
    long processInstanceKey,
    long elementInstanceKey,
    String elementId,
    Map<String, String> customHeaders) {}
