package nl.stedendriehoek.kringloop.engine.execution.event;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * A none intermediate throw event: a milestone in the model. It passes the token on at once (its
 * mappings applied). An escalation throw event first throws its escalation and goes on unless an
 * interrupting catch event terminated it.
 */
public final class IntermediateThrowEventBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (element.thrownEscalationCode() != null && !execution.escalations().throwFrom(instance, element)) {
      return;
    }
    execution.activated(instance);
    execution.complete(instance);
  }
}
