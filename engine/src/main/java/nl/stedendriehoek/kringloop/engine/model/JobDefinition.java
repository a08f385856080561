package nl.stedendriehoek.kringloop.engine.model;

import java.util.Map;
import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * What a job-based element hands to workers: {@code zeebe:taskDefinition} and {@code
 * zeebe:taskHeaders}.
 */
public record JobDefinition(Expression type, Expression retries, Map<String, String> headers) {}
