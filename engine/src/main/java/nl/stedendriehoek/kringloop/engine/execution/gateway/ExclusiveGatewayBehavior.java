package nl.stedendriehoek.kringloop.engine.execution.gateway;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * An exclusive gateway takes the first outgoing flow (in model order) whose condition is true, else
 * its default flow; with neither it raises an incident and waits. A single unconditional outgoing
 * flow is simply taken.
 */
public final class ExclusiveGatewayBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    execution.complete(instance);
  }

  @Override
  public List<SequenceFlow> complete(ElementInstance instance, ExecutableElement element, Execution execution) {
    if (element.outgoing().size() == 1 && element.outgoing().get(0).condition() == null) {
      return element.outgoing();
    }
    Conditions conditions = new Conditions(instance, element, execution);
    for (SequenceFlow flow : element.outgoing()) {
      if (flow.id().equals(element.defaultFlowId())) {
        continue;
      }
      Boolean fulfilled = conditions.isFulfilled(flow);
      if (fulfilled == null) {
        return null;
      }
      if (fulfilled) {
        return List.of(flow);
      }
    }
    if (element.defaultFlowId() != null) {
      return List.of(execution.process().graph().flow(element.defaultFlowId()));
    }
    execution.raiseIncident(instance, ErrorType.CONDITION_ERROR,
        "Expected at least one condition to evaluate to true, or to have a default flow, at "
            + Execution.describe(instance), null);
    return null;
  }
}
