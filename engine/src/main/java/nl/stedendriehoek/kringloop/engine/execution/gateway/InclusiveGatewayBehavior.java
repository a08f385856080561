package nl.stedendriehoek.kringloop.engine.execution.gateway;

import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * An inclusive gateway forks into every outgoing flow whose condition is true (the default flow
 * only when none is); with none it raises an incident. As a join it waits until no token can still
 * reach one of its untaken incoming flows ({@link Execution} decides that).
 */
public final class InclusiveGatewayBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    execution.complete(instance);
  }

  @Override
  public List<SequenceFlow> complete(ElementInstance instance, ExecutableElement element, Execution execution) {
    Conditions conditions = new Conditions(instance, element, execution);
    List<SequenceFlow> taken = new ArrayList<>();
    for (SequenceFlow flow : element.outgoing()) {
      if (flow.id().equals(element.defaultFlowId())) {
        continue;
      }
      Boolean fulfilled = conditions.isFulfilled(flow);
      if (fulfilled == null) {
        return null;
      }
      if (fulfilled) {
        taken.add(flow);
      }
    }
    if (taken.isEmpty() && element.defaultFlowId() != null) {
      taken.add(execution.process().graph().flow(element.defaultFlowId()));
    }
    if (taken.isEmpty() && !element.outgoing().isEmpty()) {
      execution.raiseIncident(instance, ErrorType.CONDITION_ERROR,
          "Expected at least one condition to evaluate to true, or to have a default flow, at "
              + Execution.describe(instance), null);
      return null;
    }
    return taken;
  }
}
