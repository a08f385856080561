package nl.stedendriehoek.kringloop.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Process instance modification as Camunda 8 offers it: activate elements (optionally below a
 * given ancestor element instance, with variables for the element or one of its flow scopes) and
 * terminate element instances. All instructions are checked before any is applied; one invalid
 * instruction refuses the whole command.
 */
public record ModifyProcessInstance(
    long processInstanceKey, List<ActivateElement> activations, List<Long> terminations) {

  public ModifyProcessInstance {
    activations = activations == null ? List.of() : List.copyOf(activations);
    terminations = terminations == null ? List.of() : List.copyOf(terminations);
  }

  /** Activate {@code elementId}; {@code ancestorElementInstanceKey} may pick the flow scope instance. */
  public record ActivateElement(String elementId, Long ancestorElementInstanceKey, List<ScopedVariables> variables) {

    public ActivateElement {
      variables = variables == null ? List.of() : List.copyOf(variables);
    }
  }

  /** Variables for the scope {@code scopeId} (the element or a flow scope; empty: the process instance). */
  public record ScopedVariables(String scopeId, Map<String, Object> variables) {}
}
