package nl.stedendriehoek.kringloop.engine.execution.gateway;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * An event-based gateway waits for the first of the catch events after it: it owns their timers
 * and message/signal subscriptions. The first one to fire wins: the gateway completes along the
 * flow to that event (which completes at once) and leaving the gateway closes the others.
 */
public final class EventBasedGatewayBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (execution.catchEvents().armEventBasedGateway(instance, element)) {
      execution.activated(instance);
    }
  }

  @Override
  public List<SequenceFlow> complete(ElementInstance instance, ExecutableElement element, Execution execution) {
    return execution.catchEvents().flowToWinner(instance, element);
  }
}
