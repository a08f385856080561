package nl.stedendriehoek.kringloop.engine.execution.event;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * A none end event consumes its token; the flow scope completes when no other token is left. A
 * terminate end event first terminates everything else in its flow scope (tokens waiting at joins
 * included), so the flow scope completes right after it.
 */
public final class EndEventBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    if (element.isTerminateEndEvent()) {
      ElementInstance flowScope = execution.flowScopeOf(instance);
      flowScope.clearTakenFlows();
      execution.activeChildren(flowScope).stream()
          .filter(sibling -> sibling.key() != instance.key())
          .forEach(execution::terminate);
    }
    execution.complete(instance);
  }
}
