package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;

/**
 * Finds and triggers the catch event of a thrown error or escalation. From the throwing element
 * outwards, each scope offers first the start events of its event sub-processes, then the boundary
 * events of the activity; at each level an exact code wins over a catch-all. At the root of a
 * called instance the search continues at the call activity in the parent (and so on up), so an
 * error thrown deep inside a child can be caught by the parent. An error thrown inside an event
 * sub-process is not offered to the event sub-processes of the same scope again.
 */
final class ThrownEventCatchers {

  /** What was thrown. */
  enum Kind {
    ERROR,
    ESCALATION
  }

  /** A catch event found for a throw: a boundary event of {@code at}, or an event sub-process start in scope {@code at}. */
  record Catcher(Execution execution, ElementInstance at, ExecutableElement event) {

    boolean isEventSubProcessStart() {
      return event.type() == ElementType.START_EVENT;
    }

    boolean interrupts() {
      return event.isInterrupting();
    }
  }

  private ThrownEventCatchers() {}

  /** The nearest catch event for {@code code} from {@code thrower} outwards (across call activities). */
  static Optional<Catcher> find(Execution execution, ElementInstance thrower, Kind kind, String code) {
    ElementInstance current = thrower;
    boolean fromEventSubProcess = false;
    while (true) {
      ExecutableElement element = execution.elementOf(current);
      if (isScope(current) && !fromEventSubProcess) {
        List<ExecutableElement> starts = element.eventSubProcesses().stream().map(ExecutableElement::eventStart).toList();
        Optional<ExecutableElement> start = match(starts, kind, code);
        if (start.isPresent()) {
          return Optional.of(new Catcher(execution, current, start.get()));
        }
      }
      if (current.flowScopeKey() == null) {
        break;
      }
      ElementInstance flowScope = execution.flowScopeOf(current);
      if (flowScope.elementType() != ElementType.MULTI_INSTANCE_BODY) {
        Optional<ExecutableElement> boundary = match(element.boundaryEvents(), kind, code);
        if (boundary.isPresent()) {
          return Optional.of(new Catcher(execution, current, boundary.get()));
        }
      }
      fromEventSubProcess = current.elementType() == ElementType.EVENT_SUB_PROCESS;
      current = flowScope;
    }
    return inParent(execution, kind, code);
  }

  private static Optional<Catcher> inParent(Execution execution, Kind kind, String code) {
    Long callActivityKey = execution.state().processInstance().parentElementInstanceKey();
    Execution parent = callActivityKey == null ? null : execution.calls().parent();
    if (parent == null) {
      return Optional.empty();
    }
    return parent.state().element(callActivityKey)
        .filter(ca -> ca.elementType() == ElementType.CALL_ACTIVITY && ca.state() == ElementState.ACTIVATED)
        .flatMap(callActivity -> find(parent, callActivity, kind, code));
  }

  /**
   * Triggers the catch event: a boundary event is activated next to its activity (which an
   * interrupting one terminates), an event sub-process is started in its scope. The thrown
   * variables arrive as if a job had completed the catch event with them.
   */
  static void trigger(Catcher catcher, Map<String, JsonNode> variables) {
    Execution execution = catcher.execution();
    if (catcher.isEventSubProcessStart()) {
      execution.eventSubProcesses().trigger(catcher.at(), catcher.event(), variables);
    } else {
      ElementInstance caught = execution.activateElement(catcher.event(), execution.flowScopeOf(catcher.at()));
      if (variables != null && !variables.isEmpty()) {
        execution.mergeResultVariables(caught, variables);
      }
      if (catcher.interrupts()) {
        execution.terminate(catcher.at());
      }
    }
    execution.run();
  }

  private static boolean isScope(ElementInstance instance) {
    return switch (instance.elementType()) {
      case PROCESS, SUB_PROCESS, EVENT_SUB_PROCESS -> true;
      default -> false;
    };
  }

  private static Optional<ExecutableElement> match(List<ExecutableElement> events, Kind kind, String code) {
    Predicate<ExecutableElement> catches = kind == Kind.ERROR ? ExecutableElement::catchesErrors
        : ExecutableElement::catchesEscalations;
    Function<ExecutableElement, String> caught = kind == Kind.ERROR
        ? ExecutableElement::caughtErrorCode : ExecutableElement::caughtEscalationCode;
    Optional<ExecutableElement> exact = events.stream()
        .filter(e -> catches.test(e) && code.equals(caught.apply(e))).findFirst();
    return exact.isPresent() ? exact
        : events.stream().filter(e -> catches.test(e) && caught.apply(e) == null).findFirst();
  }
}
