package nl.stedendriehoek.kringloop.engine.execution.task;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * A receive task: opens its message subscription and waits; the message completes it (its
 * variables arriving like a job's result). Leaving the task otherwise closes the subscription.
 */
public final class ReceiveTaskBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (execution.catchEvents().open(instance, element)) {
      execution.activated(instance);
    }
  }
}
