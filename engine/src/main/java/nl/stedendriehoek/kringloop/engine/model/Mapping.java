package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * One {@code zeebe:input} or {@code zeebe:output}: a FEEL source and a target path such as {@code
 * order.total}.
 */
public record Mapping(Expression source, String target) {}
