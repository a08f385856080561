package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/** A {@code zeebe:script}: the FEEL to evaluate and the variable that receives the result. */
public record ScriptDefinition(Expression expression, String resultVariable) {}
