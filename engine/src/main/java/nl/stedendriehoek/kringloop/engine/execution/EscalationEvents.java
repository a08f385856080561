package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.execution.ThrownEventCatchers.Catcher;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * Throws an escalation from an escalation throw or end event: the nearest escalation boundary event
 * or escalation event sub-process for the code, from the thrower outwards and across call
 * activities (see {@link ThrownEventCatchers}). Unlike an error, an escalation is not critical: when no
 * one catches it, or the catch event does not interrupt, the thrower simply continues; no incident
 * (as in Camunda 8).
 */
public final class EscalationEvents {

  private final Execution execution;

  EscalationEvents(Execution execution) {
    this.execution = execution;
  }

  /**
   * Evaluates the escalation code of a throw or end event and throws it. True when the thrower
   * goes on (nothing caught it, or the catch event does not interrupt); false when it was
   * interrupted, or the code was invalid (then an incident is raised on the thrower).
   */
  public boolean throwFrom(ElementInstance thrower, ExecutableElement element) {
    Evaluation code = execution.evaluate(element.thrownEscalationCode(), thrower.key());
    JsonNode value = code.value();
    if (code.failed() || value == null || !value.isTextual() || value.asText().isBlank()) {
      execution.raiseIncident(thrower, ErrorType.EXTRACT_VALUE_ERROR, "Expected the escalationCode '"
          + element.thrownEscalationCode().source() + "' of " + Execution.describe(thrower)
          + " to be a non-empty string, but " + (code.failed() ? code.failure() : "got " + value), null);
      return false;
    }
    throwEscalation(thrower, value.asText());
    return thrower.state() == ElementState.ACTIVATING;
  }

  /** Throws {@code code}; true when a catch event took over. The thrower may have been terminated then. */
  public boolean throwEscalation(ElementInstance thrower, String code) {
    Optional<Catcher> catcher = ThrownEventCatchers.find(execution, thrower, ThrownEventCatchers.Kind.ESCALATION, code);
    catcher.ifPresent(found -> ThrownEventCatchers.trigger(found, Map.of()));
    return catcher.isPresent();
  }
}
