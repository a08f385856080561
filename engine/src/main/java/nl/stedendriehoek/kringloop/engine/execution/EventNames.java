package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import nl.stedendriehoek.kringloop.engine.feel.Expression;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * Evaluates a message or signal name or a correlation key in an element instance's variables. A
 * value that is not a string (for a correlation key: nor a number, matched as its text) is an
 * incident {@code EXTRACT_VALUE_ERROR} on that instance naming the expression, the event and the
 * value.
 */
final class EventNames {

  private EventNames() {}

  /** The text, or null after raising the incident on {@code owner}. */
  static String evaluate(Execution execution, ElementInstance owner, ExecutableElement target, Expression expression,
      String what, boolean numbersAllowed) {
    Evaluation evaluation = execution.evaluate(expression, owner.key());
    JsonNode value = evaluation.value();
    if (!evaluation.failed() && value != null && (value.isTextual() || (numbersAllowed && value.isNumber()))) {
      return value.asText();
    }
    String where = target.id().equals(owner.elementId()) && target.type() != ElementType.BOUNDARY_EVENT
        ? Execution.describe(owner) : "event '" + target.id() + "' of " + Execution.describe(owner);
    String got = evaluation.failed() ? evaluation.failure()
        : "got " + (value == null || value.isNull() ? "null" : value.getNodeType().name().toLowerCase() + " " + value);
    execution.raiseIncident(owner, ErrorType.EXTRACT_VALUE_ERROR, "Expected the " + what + " '" + expression.source()
        + "' of " + where + " to be a " + (numbersAllowed ? "string or a number" : "string") + ", but " + got, null);
    return null;
  }
}
