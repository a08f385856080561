package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * Catches a thrown error (a job's {@code throwError}, an error end event): from the throwing
 * element outwards, the first activity with an error boundary event for that code (an exact code
 * before a catch-all) is interrupted and the boundary event takes over, with the thrown variables
 * as if a job had completed with them. Boundary events of a multi-instance activity belong to its
 * body, so the inner instance is skipped. Errors do not cross into a calling process yet.
 */
public final class ErrorEvents {

  private final Execution execution;

  ErrorEvents(Execution execution) {
    this.execution = execution;
  }

  /** True when a boundary event caught the error; false when nothing in scope catches it. */
  public boolean catchError(ElementInstance thrower, String errorCode, Map<String, JsonNode> variables) {
    for (ElementInstance current = thrower; current.flowScopeKey() != null;
        current = execution.flowScopeOf(current)) {
      ElementInstance flowScope = execution.flowScopeOf(current);
      if (flowScope.elementType() == ElementType.MULTI_INSTANCE_BODY) {
        continue;
      }
      Optional<ExecutableElement> boundary = catcher(execution.elementOf(current), errorCode);
      if (boundary.isPresent()) {
        ElementInstance caught = execution.activateElement(boundary.get(), flowScope);
        if (variables != null && !variables.isEmpty()) {
          execution.mergeResultVariables(caught, variables);
        }
        execution.terminate(current);
        return true;
      }
    }
    return false;
  }

  private static Optional<ExecutableElement> catcher(ExecutableElement activity, String errorCode) {
    Optional<ExecutableElement> exact = activity.boundaryEvents().stream()
        .filter(b -> b.catchesErrors() && errorCode.equals(b.caughtErrorCode())).findFirst();
    return exact.isPresent() ? exact
        : activity.boundaryEvents().stream().filter(b -> b.catchesErrors() && b.caughtErrorCode() == null).findFirst();
  }
}
