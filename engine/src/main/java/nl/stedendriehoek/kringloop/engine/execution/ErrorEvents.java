package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.execution.ThrownEventCatchers.Catcher;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * Catches a thrown error (a job's {@code throwError}, an error end event): the nearest error
 * boundary event or error event sub-process for that code, from the throwing element outwards and
 * across call activities into the calling instances (see {@link ThrownEventCatchers}). The catch event
 * interrupts what it is attached to, which terminates the thrower (and a called child with it).
 * When nothing catches it, the caller raises an incident on the thrower.
 */
public final class ErrorEvents {

  private final Execution execution;

  ErrorEvents(Execution execution) {
    this.execution = execution;
  }

  /** True when a catch event took over; false when nothing in scope (or in a calling instance) catches it. */
  public boolean catchError(ElementInstance thrower, String errorCode, Map<String, JsonNode> variables) {
    Optional<Catcher> catcher = ThrownEventCatchers.find(execution, thrower, ThrownEventCatchers.Kind.ERROR, errorCode);
    catcher.ifPresent(found -> ThrownEventCatchers.trigger(found, variables));
    return catcher.isPresent();
  }
}
