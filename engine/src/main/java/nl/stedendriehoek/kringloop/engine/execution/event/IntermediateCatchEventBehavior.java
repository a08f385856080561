package nl.stedendriehoek.kringloop.engine.execution.event;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * An intermediate catch event: a timer one arms its timer (date, duration or cycle, evaluated
 * now), a message or signal one opens its subscription, and it waits; the timer firing or the
 * message/signal arriving completes it. After an event-based gateway the event has fired already
 * and completes at once. An invalid timer, name or correlation key is an incident on the event.
 */
public final class IntermediateCatchEventBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (execution.catchEvents().completeIfAlreadyTriggered(instance)) {
      return;
    }
    boolean waiting = element.timer() != null
        ? execution.timers().arm(instance, element)
        : execution.catchEvents().open(instance, element);
    if (waiting) {
      execution.activated(instance);
    }
  }
}
