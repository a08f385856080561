package nl.stedendriehoek.kringloop.engine.execution.event;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * An intermediate timer catch event: arms its timer (date, duration or cycle, evaluated now) and
 * waits; the timer firing completes it. An invalid timer value is an incident on the event.
 */
public final class IntermediateCatchEventBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (execution.timers().arm(instance, element)) {
      execution.activated(instance);
    }
  }
}
