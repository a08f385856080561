package nl.stedendriehoek.kringloop.engine.api;

import java.time.Duration;
import java.util.Map;

/** A worker reports failure; with retries left the job comes back after {@code retryBackoff}. */
public record FailJob(
    long jobKey, int retries, String errorMessage, Duration retryBackoff, Map<String, Object> variables) {}
