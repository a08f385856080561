package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/** The signal an event catches or throws, by name (static or FEEL). */
public record SignalDefinition(Expression name) {}
