package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * A sequence flow of the executable graph.
 *
 * @param condition the parsed {@code conditionExpression}, or null when unconditional
 */
public record SequenceFlow(String id, String sourceId, String targetId, Expression condition) {}
