package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * A {@code zeebe:calledDecision}: the decision (id, static or FEEL; latest version) and the
 * variable that receives its result.
 */
public record CalledDecisionDefinition(Expression decisionId, String resultVariable) {}
