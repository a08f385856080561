package nl.stedendriehoek.kringloop.engine.execution.container;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * The process itself: activating it starts its none start event (or the timer start event that
 * fired); it completes when no token is left inside (see {@link Execution}).
 */
public final class ProcessBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    execution.activateElement(execution.startEventOf(element), instance);
  }
}
