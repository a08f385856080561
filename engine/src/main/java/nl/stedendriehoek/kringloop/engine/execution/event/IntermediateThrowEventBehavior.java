package nl.stedendriehoek.kringloop.engine.execution.event;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * An intermediate throw event: a none one is a milestone in the model, a signal one broadcasts its
 * signal (with its input-mapped variables). Either passes the token on at once.
 */
public final class IntermediateThrowEventBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (element.signal() != null && !execution.catchEvents().throwSignal(instance, element)) {
      return;
    }
    execution.activated(instance);
    execution.complete(instance);
  }
}
