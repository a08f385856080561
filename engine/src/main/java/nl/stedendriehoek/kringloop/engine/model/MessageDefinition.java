package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * The message an element waits for: its name (static or FEEL) and, except on a start event, the
 * correlation key expression ({@code zeebe:subscription correlationKey}); both are evaluated when
 * the element is activated.
 */
public record MessageDefinition(Expression name, Expression correlationKey) {}
