package nl.stedendriehoek.kringloop.engine.execution.event;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * An intermediate throw event: a none one is a milestone in the model, a signal one broadcasts its
 * signal (with its input-mapped variables), an escalation one throws its escalation. Each passes
 * the token on at once, unless an interrupting catch event of the escalation terminated it.
 */
public final class IntermediateThrowEventBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (element.signal() != null && !execution.catchEvents().throwSignal(instance, element)) {
      return;
    }
    if (element.thrownEscalationCode() != null && !execution.escalations().throwFrom(instance, element)) {
      return;
    }
    execution.activated(instance);
    execution.complete(instance);
  }
}
