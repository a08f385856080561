package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;

/**
 * Modifies one locked process instance (Camunda 8 semantics): first every instruction is checked
 * against the instance as it is, then the activations are applied (creating missing flow scopes
 * without starting them at their start event), then the terminations; a flow scope left without
 * anything active by a termination is terminated too (so terminating the last element ends the
 * process instance). The command runs in one transaction, so an instruction that fails refuses
 * all of them.
 */
public final class ProcessInstanceModification {

  /** Activate an element; {@code ancestorElementInstanceKey} may be null. */
  public record Activation(String elementId, Long ancestorElementInstanceKey, List<ScopedVariables> variables) {}

  /** Variables set locally on the instance of {@code scopeId} (null or empty: the process instance). */
  public record ScopedVariables(String scopeId, Map<String, JsonNode> variables) {}

  private static final Set<ElementType> NOT_ACTIVATABLE =
      EnumSet.of(ElementType.PROCESS, ElementType.START_EVENT, ElementType.BOUNDARY_EVENT,
          ElementType.MULTI_INSTANCE_BODY, ElementType.SEQUENCE_FLOW);

  private final Execution execution;
  private final String processId;

  ProcessInstanceModification(Execution execution) {
    this.execution = execution;
    this.processId = execution.process().definition().bpmnProcessId();
  }

  void apply(List<Activation> activations, List<Long> terminations) {
    if (!execution.state().processInstance().isActive()) {
      throw new NotFoundException("Expected to modify process instance with key "
          + execution.state().processInstance().key() + ", but it is not active");
    }
    if (activations.isEmpty() && terminations.isEmpty()) {
      throw refused("no activate or terminate instructions");
    }
    activations.forEach(this::check);
    List<ElementInstance> toTerminate = terminations.stream().map(this::checkTermination).toList();
    activations.forEach(this::activate);
    toTerminate.forEach(this::terminate);
    execution.appendRecord(new RecordEntry(execution.state().processInstance().key(),
        "PROCESS_INSTANCE_MODIFICATION", "MODIFIED", execution.now(), execution.state().processInstance().key(), null,
        JsonNodeFactory.instance.objectNode().put("activateInstructions", activations.size())
            .put("terminateInstructions", terminations.size())));
  }

  // ---- checks (nothing changes) ---------------------------------------------------------------

  private void check(Activation activation) {
    ExecutableElement element = elementOf(activation);
    if (NOT_ACTIVATABLE.contains(element.type())) {
      throw refused("an activate instruction for element '" + element.id() + "' of type " + element.type()
          + ", which cannot be activated (start events, boundary events and the process itself are not supported)");
    }
    for (ExecutableElement scope = element.flowScope(); scope != null; scope = scope.flowScope()) {
      if (scope.loop() != null) {
        throw refused("an activate instruction for element '" + element.id()
            + "', which is inside the multi-instance activity '" + scope.id() + "'");
      }
    }
    List<ExecutableElement> path = pathBelowAnchor(activation, element);
    ElementInstance current = anchor(activation, element);
    for (ExecutableElement scope : path) {
      List<ElementInstance> instances = activeInstancesOf(scope, current);
      if (instances.size() > 1) {
        throw refused("an activate instruction for element '" + element.id() + "' whose flow scope '" + scope.id()
            + "' has " + instances.size() + " active instances; choose one with ancestorElementInstanceKey");
      }
      if (instances.isEmpty()) {
        break;
      }
      current = instances.get(0);
    }
    for (ScopedVariables variables : activation.variables()) {
      scopeElement(element, variables.scopeId());
    }
  }

  private ElementInstance checkTermination(Long key) {
    ElementInstance instance = key == null ? null : execution.state().element(key)
        .filter(e -> e.isActive() && e.state() != ElementState.TERMINATING).orElse(null);
    if (instance == null) {
      throw refused("a terminate instruction for element instance " + key
          + ", which is not an active element instance of this process instance");
    }
    if (instance.flowScopeKey() == null) {
      throw refused("a terminate instruction for the process instance itself (" + key + "); cancel it instead");
    }
    return instance;
  }

  private ExecutableElement elementOf(Activation activation) {
    ExecutableElement element = activation.elementId() == null ? null
        : execution.process().graph().elements().get(activation.elementId());
    if (element == null) {
      throw refused("an activate instruction with an element that could not be found: '"
          + activation.elementId() + "'");
    }
    return element;
  }

  /** The instance below which the element is placed: the given ancestor, or the process instance. */
  private ElementInstance anchor(Activation activation, ExecutableElement element) {
    if (activation.ancestorElementInstanceKey() == null) {
      return execution.state().root();
    }
    ElementInstance ancestor = execution.state().element(activation.ancestorElementInstanceKey())
        .filter(e -> e.isActive() && e.state() != ElementState.TERMINATING).orElse(null);
    if (ancestor == null || !flowScopesOf(element).contains(ancestor.elementId())) {
      throw refused("an activate instruction for element '" + element.id() + "' with ancestor element instance "
          + activation.ancestorElementInstanceKey() + ", which is not an active flow scope of that element");
    }
    return ancestor;
  }

  /** The flow scopes of the element below the anchor, outermost first. */
  private List<ExecutableElement> pathBelowAnchor(Activation activation, ExecutableElement element) {
    String anchorElementId = anchor(activation, element).elementId();
    List<ExecutableElement> path = new ArrayList<>();
    for (ExecutableElement scope = element.flowScope(); scope != null && !scope.id().equals(anchorElementId);
        scope = scope.flowScope()) {
      path.add(0, scope);
    }
    return path;
  }

  private static List<String> flowScopesOf(ExecutableElement element) {
    List<String> ids = new ArrayList<>();
    for (ExecutableElement scope = element.flowScope(); scope != null; scope = scope.flowScope()) {
      ids.add(scope.id());
    }
    return ids;
  }

  private ExecutableElement scopeElement(ExecutableElement element, String scopeId) {
    if (scopeId == null || scopeId.isBlank() || scopeId.equals(processId)) {
      return null;
    }
    if (scopeId.equals(element.id()) || flowScopesOf(element).contains(scopeId)) {
      return execution.process().graph().element(scopeId);
    }
    throw refused("a variable instruction for element '" + element.id() + "' with scopeId '" + scopeId
        + "', which is neither that element nor one of its flow scopes");
  }

  private List<ElementInstance> activeInstancesOf(ExecutableElement scope, ElementInstance parent) {
    return execution.activeChildren(parent).stream()
        .filter(child -> child.elementId().equals(scope.id()) && child.state() != ElementState.TERMINATING)
        .toList();
  }

  // ---- application ----------------------------------------------------------------------------

  private void activate(Activation activation) {
    ExecutableElement element = elementOf(activation);
    ElementInstance current = anchor(activation, element);
    Map<String, ElementInstance> onPath = new java.util.HashMap<>();
    for (ExecutableElement scope : pathBelowAnchor(activation, element)) {
      List<ElementInstance> instances = activeInstancesOf(scope, current);
      current = instances.isEmpty() ? execution.enterScope(scope, current) : instances.get(0);
      onPath.put(scope.id(), current);
    }
    for (ElementInstance instance = current; instance.flowScopeKey() != null;
        instance = execution.flowScopeOf(instance)) {
      onPath.putIfAbsent(instance.elementId(), instance);
    }
    ElementInstance activated = execution.activateElement(element, current);
    onPath.put(element.id(), activated);
    for (ScopedVariables variables : activation.variables()) {
      ExecutableElement scope = scopeElement(element, variables.scopeId());
      ElementInstance target = scope == null ? execution.state().root() : onPath.get(scope.id());
      execution.variables().setLocal(target.key(), variables.variables());
    }
  }

  private void terminate(ElementInstance instance) {
    if (!instance.isActive() || instance.state() == ElementState.TERMINATING) {
      return; // an earlier instruction terminated it (or its flow scope) already
    }
    ElementInstance flowScope = execution.flowScopeOf(instance);
    execution.terminate(instance);
    while (flowScope != null && flowScope.state() == ElementState.ACTIVATED
        && execution.activeChildren(flowScope).isEmpty() && flowScope.waitingTokens() == 0) {
      ElementInstance outer = flowScope.flowScopeKey() == null ? null : execution.flowScopeOf(flowScope);
      execution.terminate(flowScope);
      flowScope = outer;
    }
  }

  private InvalidArgumentException refused(String what) {
    return new InvalidArgumentException("Expected to modify instance of process '" + processId + "' ("
        + execution.state().processInstance().key() + ") but it contains " + what + "; nothing was modified");
  }
}
