package nl.stedendriehoek.kringloop.engine.execution.gateway;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * A parallel gateway forks into all outgoing flows. As a join it is only activated once every
 * incoming flow has a token ({@link Execution} counts them per flow scope), so unbalanced
 * models (more tokens on one flow than another) join once per complete set.
 */
public final class ParallelGatewayBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    execution.complete(instance);
  }
}
