package nl.stedendriehoek.kringloop.engine.execution;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.ExecutableProcess;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;

/**
 * Where a token goes when it arrives over a sequence flow. Most targets are activated at once; a
 * joining parallel or inclusive gateway instead gets a token counted on its flow scope, and is
 * activated when its join condition holds:
 *
 * <ul>
 *   <li>parallel: every incoming flow has a token (one set is consumed per activation, so
 *       unbalanced models work);
 *   <li>inclusive: at least one incoming flow has a token and no active element or waiting token
 *       in the flow scope can still reach an incoming flow that has none (reachability is
 *       pre-computed at deployment).
 * </ul>
 */
final class Joins {

  private final Execution execution;
  private final ExecutableProcess graph;
  private final InstanceState state;

  Joins(Execution execution, ExecutableProcess graph, InstanceState state) {
    this.execution = execution;
    this.graph = graph;
    this.state = state;
  }

  void arrive(SequenceFlow flow, ElementInstance flowScope) {
    ExecutableElement target = graph.element(flow.targetId());
    boolean joining = target.incoming().size() > 1
        && (target.type() == ElementType.PARALLEL_GATEWAY || target.type() == ElementType.INCLUSIVE_GATEWAY);
    if (!joining) {
      execution.activateElement(target, flowScope);
      return;
    }
    flowScope.addTakenFlow(flow.id());
    execution.save(flowScope);
    if (target.type() == ElementType.PARALLEL_GATEWAY) {
      tryParallelJoin(target, flowScope);
    } else {
      // after the sibling flows of this completion are taken too
      execution.later(() -> tryInclusiveJoin(target, flowScope));
    }
  }

  /** Re-checks the inclusive joins of a flow scope after one of its tokens went away. */
  void retryInclusiveJoins(ElementInstance flowScope) {
    Set<ExecutableElement> inclusive = new LinkedHashSet<>();
    flowScope.takenFlows().keySet().forEach(flowId -> {
      ExecutableElement target = graph.element(graph.flow(flowId).targetId());
      if (target.type() == ElementType.INCLUSIVE_GATEWAY) {
        inclusive.add(target);
      }
    });
    inclusive.forEach(join -> tryInclusiveJoin(join, flowScope));
  }

  private void tryParallelJoin(ExecutableElement gateway, ElementInstance flowScope) {
    if (gateway.incoming().stream().allMatch(in -> flowScope.takenCount(in.id()) > 0)) {
      fire(gateway, flowScope);
    }
  }

  private void tryInclusiveJoin(ExecutableElement gateway, ElementInstance flowScope) {
    if (flowScope.state() != ElementState.ACTIVATED) {
      return;
    }
    Set<String> notTaken = new HashSet<>();
    boolean anyTaken = false;
    for (SequenceFlow in : gateway.incoming()) {
      if (flowScope.takenCount(in.id()) > 0) {
        anyTaken = true;
      } else {
        notTaken.add(in.id());
      }
    }
    if (anyTaken && !canStillReach(gateway, flowScope, notTaken)) {
      fire(gateway, flowScope);
    }
  }

  private void fire(ExecutableElement gateway, ElementInstance flowScope) {
    gateway.incoming().forEach(in -> flowScope.consumeTakenFlow(in.id()));
    execution.save(flowScope);
    execution.activateElement(gateway, flowScope);
  }

  private boolean canStillReach(ExecutableElement gateway, ElementInstance flowScope, Set<String> notTaken) {
    for (ElementInstance child : state.activeChildren(flowScope.key())) {
      if (reachesAny(gateway, child.elementId(), notTaken)) {
        return true;
      }
    }
    for (String flowId : flowScope.takenFlows().keySet()) {
      String waitingAt = graph.flow(flowId).targetId();
      if (!waitingAt.equals(gateway.id()) && reachesAny(gateway, waitingAt, notTaken)) {
        return true;
      }
    }
    return false;
  }

  private static boolean reachesAny(ExecutableElement gateway, String elementId, Set<String> flows) {
    return gateway.incomingFlowsReachableFrom(elementId).stream().anyMatch(flows::contains);
  }
}
