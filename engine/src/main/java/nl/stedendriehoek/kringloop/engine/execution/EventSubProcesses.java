package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * The event sub-processes of a scope (process, sub-process, event sub-process). When the scope
 * activates, the start event of each of them is opened the way boundary events are opened for an
 * activity ({@link #openStart}: one place per kind of start); when the scope is left they are
 * closed. A triggered start runs its event sub-process inside the scope: an interrupting one
 * first terminates everything else in the scope (and closes the other starts), so the scope
 * completes when the event sub-process does; a non-interrupting one runs alongside and the scope
 * waits for it.
 */
public final class EventSubProcesses {

  private final Execution execution;

  EventSubProcesses(Execution execution) {
    this.execution = execution;
  }

  /** Opens the starts of {@code scope}'s event sub-processes; false after an incident (scope stays ACTIVATING). */
  boolean openStarts(ElementInstance scope, ExecutableElement element) {
    if (!isScope(scope)) {
      return true;
    }
    for (ExecutableElement eventSubProcess : element.eventSubProcesses()) {
      if (!openStart(scope, eventSubProcess.eventStart())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Opens one start event for {@code scope}. Timers are armed (owned by the scope, once, so a
   * retried activation does not arm twice); errors and escalations need nothing opened, they are
   * looked up when thrown. Message and signal starts open a subscription owned by the scope (once,
   * too), which {@link CatchEvents} triggers through {@link #trigger}.
   */
  private boolean openStart(ElementInstance scope, ExecutableElement start) {
    if (start.timer() != null) {
      boolean armed = execution.state().timers().values().stream().anyMatch(t -> t.isActive()
          && t.elementInstanceKey() == scope.key() && t.targetElementId().equals(start.id()));
      return armed || execution.timers().arm(scope, start);
    }
    if (start.message() != null || start.signal() != null) {
      return execution.catchEvents().isOpen(scope, start) || execution.catchEvents().open(scope, start);
    }
    return true;
  }

  /** Whether the scope has starts to close when it is left. */
  boolean hasStarts(ElementInstance scope, ExecutableElement element) {
    return isScope(scope) && !element.eventSubProcesses().isEmpty();
  }

  /** Closes the open starts of {@code scope}'s event sub-processes (an interrupting one was triggered). */
  private void closeStarts(ElementInstance scope) {
    Set<String> starts = execution.elementOf(scope).eventSubProcesses().stream()
        .map(esp -> esp.eventStart().id()).collect(Collectors.toSet());
    execution.state().timers().values().stream()
        .filter(t -> t.isActive() && t.elementInstanceKey() == scope.key() && starts.contains(t.targetElementId()))
        .toList()
        .forEach(t -> execution.timers().cancel(t));
    execution.catchEvents().closeOwnedBy(scope, starts);
  }

  /** Runs the event sub-process of {@code start} in {@code scope}, with the variables of the trigger. */
  public void trigger(ElementInstance scope, ExecutableElement start, Map<String, JsonNode> variables) {
    ExecutableElement eventSubProcess = start.flowScope();
    if (start.isInterrupting()) {
      closeStarts(scope);
    }
    ElementInstance instance = execution.activateElement(eventSubProcess, scope);
    if (variables != null && !variables.isEmpty()) {
      execution.mergeResultVariables(instance, variables);
    }
    if (start.isInterrupting()) {
      scope.clearTakenFlows();
      execution.save(scope);
      execution.activeChildren(scope).stream()
          .filter(child -> child.key() != instance.key())
          .forEach(execution::terminate);
    }
  }

  private static boolean isScope(ElementInstance instance) {
    return instance.elementType() == ElementType.PROCESS || instance.elementType() == ElementType.SUB_PROCESS
        || instance.elementType() == ElementType.EVENT_SUB_PROCESS;
  }
}
