package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * A call activity's {@code zeebe:calledElement}: the process to start (id static or FEEL, latest
 * version) and which variables cross the boundary without mappings (both default to all).
 */
public record CalledElementDefinition(
    Expression processId, boolean propagateAllParentVariables, boolean propagateAllChildVariables) {}
