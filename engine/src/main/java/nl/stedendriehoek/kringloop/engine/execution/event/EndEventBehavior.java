package nl.stedendriehoek.kringloop.engine.execution.event;

import java.util.Map;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * A none end event consumes its token; the flow scope completes when no other token is left. A
 * terminate end event first terminates everything else in its flow scope (tokens waiting at joins
 * included), so the flow scope completes right after it. An escalation end event throws its
 * escalation first and ends like a none end event unless an interrupting catch terminated it.
 */
public final class EndEventBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (element.thrownEscalationCode() != null && !execution.escalations().throwFrom(instance, element)) {
      return;
    }
    if (element.thrownErrorCode() != null) {
      throwError(instance, element, execution);
      return;
    }
    if (element.signal() != null && !execution.catchEvents().throwSignal(instance, element)) {
      return;
    }
    execution.activated(instance);
    if (element.isTerminateEndEvent()) {
      ElementInstance flowScope = execution.flowScopeOf(instance);
      flowScope.clearTakenFlows();
      execution.activeChildren(flowScope).stream()
          .filter(sibling -> sibling.key() != instance.key())
          .forEach(execution::terminate);
    }
    execution.complete(instance);
  }

  /**
   * An error end event: the nearest matching error boundary event takes over (terminating the
   * scope this event is in); uncaught, it is an incident on the end event.
   */
  private static void throwError(ElementInstance instance, ExecutableElement element, Execution execution) {
    Evaluation code = execution.evaluate(element.thrownErrorCode(), instance.key());
    if (code.failed() || code.value() == null || !code.value().isTextual() || code.value().asText().isBlank()) {
      execution.raiseIncident(instance, ErrorType.EXTRACT_VALUE_ERROR, "Expected the errorCode '"
          + element.thrownErrorCode().source() + "' of " + Execution.describe(instance)
          + " to be a non-empty string, but "
          + (code.failed() ? code.failure() : "got " + code.value()), null);
      return;
    }
    String errorCode = code.value().asText();
    if (!execution.errors().catchError(instance, errorCode, Map.of())) {
      execution.raiseIncident(instance, ErrorType.UNHANDLED_ERROR_EVENT, "Expected to throw an error event with"
          + " the code '" + errorCode + "', but it was not caught. No error events are available in the scope of "
          + Execution.describe(instance) + ".", null);
    }
  }
}
