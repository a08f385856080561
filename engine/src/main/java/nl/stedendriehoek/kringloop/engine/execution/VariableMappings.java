package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.Mapping;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * {@code zeebe:ioMapping} as Camunda 8 applies it. Inputs are evaluated in the flow scope's
 * variables and become local variables of the element; outputs are evaluated in the element's
 * variables (its locals, e.g. a job's result, included) and merged into the flow scope with
 * propagation. A later mapping sees the targets of earlier ones. A target path {@code a.b}
 * creates or extends the context {@code a}.
 */
final class VariableMappings {

  private final FeelEvaluator feel;
  private final VariableScopes variables;

  VariableMappings(FeelEvaluator feel, VariableScopes variables) {
    this.feel = feel;
    this.variables = variables;
  }

  /** Applies the inputs; returns a failure message, or null. */
  String applyInputs(ElementInstance instance, ExecutableElement element, boolean innerInstance) {
    if (element.inputs().isEmpty() || instance.flowScopeKey() == null) {
      return null;
    }
    Map<String, JsonNode> result = new LinkedHashMap<>();
    // an inner instance of a multi-instance body already has its input element and loopCounter
    // as locals when its input mappings run, and they may read them
    long context = innerInstance ? instance.key() : instance.flowScopeKey();
    String failure = evaluate(element.inputs(), variables.visible(context), result, instance);
    if (failure == null) {
      variables.setLocal(instance.key(), result);
    }
    return failure;
  }

  /** Applies the outputs; returns a failure message, or null. */
  String applyOutputs(ElementInstance instance, ExecutableElement element) {
    if (element.outputs().isEmpty() || instance.flowScopeKey() == null) {
      return null;
    }
    Map<String, JsonNode> result = new LinkedHashMap<>();
    String failure = evaluate(element.outputs(), variables.visible(instance.key()), result, instance);
    if (failure == null) {
      variables.propagate(instance.flowScopeKey(), result);
    }
    return failure;
  }

  private String evaluate(
      List<Mapping> mappings, Map<String, JsonNode> context, Map<String, JsonNode> result,
      ElementInstance instance) {
    Map<String, JsonNode> scope = new LinkedHashMap<>(context);
    for (Mapping mapping : mappings) {
      Evaluation evaluation = feel.evaluate(mapping.source(), scope);
      if (evaluation.failed()) {
        return "Failed to map variable '" + mapping.target() + "' of " + Execution.describe(instance)
            + ": " + evaluation.failure();
      }
      assign(result, mapping.target(), evaluation.value());
      scope.putAll(result);
    }
    return null;
  }

  private static void assign(Map<String, JsonNode> result, String target, JsonNode value) {
    String[] path = target.split("\\.");
    if (path.length == 1) {
      result.put(target, value);
      return;
    }
    JsonNode existing = result.get(path[0]);
    ObjectNode root = existing instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
    ObjectNode node = root;
    for (int i = 1; i < path.length - 1; i++) {
      JsonNode child = node.get(path[i]);
      node = child instanceof ObjectNode o ? o : node.putObject(path[i]);
    }
    node.set(path[path.length - 1], value);
    result.put(path[0], root);
  }
}
