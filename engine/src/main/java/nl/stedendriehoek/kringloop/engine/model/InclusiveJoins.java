package nl.stedendriehoek.kringloop.engine.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Pre-computes, for each joining inclusive gateway, which of its incoming flows are still
 * reachable from each element of the same flow scope. At run time the join then activates when no
 * active token can reach an incoming flow that has not been taken yet: a lookup, no graph search.
 */
final class InclusiveJoins {

  private InclusiveJoins() {}

  static void computeReachability(Collection<ExecutableElement> elements) {
    for (ExecutableElement gateway : elements) {
      if (gateway.type() == ElementType.INCLUSIVE_GATEWAY && gateway.incoming().size() > 1) {
        gateway.setReachableIncomingFlows(reachability(gateway));
      }
    }
  }

  private static Map<String, Set<String>> reachability(ExecutableElement gateway) {
    Map<String, ExecutableElement> scope = new HashMap<>();
    gateway.flowScope().children().forEach(child -> scope.put(child.id(), child));
    Map<String, Set<String>> reachable = new HashMap<>();
    for (SequenceFlow flow : gateway.incoming()) {
      Deque<String> todo = new ArrayDeque<>();
      Set<String> seen = new HashSet<>();
      todo.add(flow.sourceId());
      while (!todo.isEmpty()) {
        String id = todo.poll();
        if (id.equals(gateway.id()) || !seen.add(id)) {
          continue;
        }
        reachable.computeIfAbsent(id, k -> new HashSet<>()).add(flow.id());
        ExecutableElement element = scope.get(id);
        if (element != null) {
          element.incoming().forEach(in -> todo.add(in.sourceId()));
        }
      }
    }
    return reachable;
  }
}
