package nl.stedendriehoek.kringloop.engine.execution.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.LoopDefinition;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * The multi-instance body, as in Camunda 8: an element instance of its own (type {@code
 * MULTI_INSTANCE_BODY}, same element id as the activity) whose children are the inner instances.
 * It evaluates the input collection once on activation, creates all inner instances (parallel) or
 * one after the other (sequential, re-reading the collection for the next element), each with the
 * local variables {@code loopCounter} (from 1), the input element and, for an output element that
 * is a plain variable, that variable as null. Its own local variables are the output collection
 * (nulls until an instance fills its index) and the counters {@code numberOfInstances},
 * {@code numberOfActiveInstances}, {@code numberOfCompletedInstances},
 * {@code numberOfTerminatedInstances}, which the completion condition may read. On completion the
 * output collection is propagated to the flow scope.
 */
public final class MultiInstanceBodyBehavior implements ElementBehavior {

  static final String INSTANCES = "numberOfInstances";
  static final String ACTIVE = "numberOfActiveInstances";
  static final String COMPLETED = "numberOfCompletedInstances";
  static final String TERMINATED = "numberOfTerminatedInstances";

  /** What the completion of one inner instance leads to. */
  public record InnerOutcome(boolean conditionMet, JsonNode nextElement) {}

  @Override
  public void activate(ElementInstance body, ExecutableElement element, Execution execution) {
    LoopDefinition loop = element.loop();
    ArrayNode collection = inputCollection(body, body, loop, execution);
    if (collection == null) {
      return;
    }
    execution.activated(body);
    Map<String, JsonNode> locals = new LinkedHashMap<>();
    if (loop.outputCollection() != null) {
      ArrayNode output = JsonNodeFactory.instance.arrayNode();
      collection.forEach(item -> output.addNull());
      locals.put(loop.outputCollection(), output);
    }
    int size = collection.size();
    int started = size == 0 ? 0 : loop.sequential() ? 1 : size;
    locals.put(INSTANCES, IntNode.valueOf(size));
    locals.put(ACTIVE, IntNode.valueOf(started));
    locals.put(COMPLETED, IntNode.valueOf(0));
    locals.put(TERMINATED, IntNode.valueOf(0));
    execution.variables().setLocal(body.key(), locals);
    if (size == 0) {
      execution.complete(body);
      return;
    }
    for (int index = 0; index < started; index++) {
      createInner(body, element, index, collection.get(index), execution);
    }
  }

  @Override
  public List<SequenceFlow> complete(ElementInstance body, ExecutableElement element, Execution execution) {
    String outputCollection = element.loop().outputCollection();
    if (outputCollection != null) {
      JsonNode collected = execution.variables().local(body.key()).get(outputCollection);
      execution.variables().propagate(body.flowScopeKey(), Map.of(outputCollection, collected));
    }
    return element.outgoing();
  }

  /**
   * Called while an inner instance is COMPLETING, after its output mappings: fills its index of
   * the output collection and evaluates the completion condition (and, when sequential, reads the
   * next element). Null when an incident was raised: the inner instance then stays COMPLETING and
   * resolving the incident retries this step.
   */
  public InnerOutcome beforeInnerCompleted(
      ElementInstance body, ElementInstance inner, ExecutableElement element, Execution execution) {
    LoopDefinition loop = element.loop();
    Map<String, JsonNode> bodyLocals = execution.variables().local(body.key());
    int index = execution.variables().local(inner.key()).get(LOOP_COUNTER).asInt() - 1;
    if (loop.outputCollection() != null) {
      JsonNode value = NullNode.getInstance();
      if (loop.outputElement() != null) {
        Evaluation evaluation = execution.evaluate(loop.outputElement(), inner.key());
        if (evaluation.failed()) {
          execution.raiseIncident(inner, ErrorType.EXTRACT_VALUE_ERROR, "Failed to evaluate the outputElement '"
              + loop.outputElement().source() + "' of " + Execution.describe(inner) + ": " + evaluation.failure(),
              null);
          return null;
        }
        value = evaluation.value();
      }
      ArrayNode output = bodyLocals.get(loop.outputCollection()) instanceof ArrayNode array
          ? array.deepCopy() : JsonNodeFactory.instance.arrayNode();
      while (output.size() <= index) {
        output.addNull();
      }
      output.set(index, value);
      execution.variables().setLocal(body.key(), loop.outputCollection(), output);
    }
    boolean conditionMet = false;
    if (loop.completionCondition() != null) {
      Boolean met = completionCondition(body, inner, loop, bodyLocals, execution);
      if (met == null) {
        return null;
      }
      conditionMet = met;
    }
    int completed = bodyLocals.get(COMPLETED).asInt() + 1;
    if (conditionMet || !loop.sequential() || completed >= bodyLocals.get(INSTANCES).asInt()) {
      return new InnerOutcome(conditionMet, null);
    }
    ArrayNode collection = inputCollection(body, inner, loop, execution);
    if (collection == null) {
      return null;
    }
    if (collection.size() <= completed) {
      execution.raiseIncident(inner, ErrorType.EXTRACT_VALUE_ERROR, "Expected the inputCollection '"
          + loop.inputCollection().source() + "' to have an element at index " + (completed + 1) + ", but it has "
          + collection.size() + " (" + Execution.describe(body) + ")", null);
      return null;
    }
    return new InnerOutcome(false, collection.get(completed));
  }

  /** Called once an inner instance is COMPLETED: next instance, or the end of the body. */
  public void innerCompleted(
      ElementInstance body, ExecutableElement element, InnerOutcome outcome, Execution execution) {
    Map<String, JsonNode> bodyLocals = execution.variables().local(body.key());
    int completed = bodyLocals.get(COMPLETED).asInt() + 1;
    List<ElementInstance> active = execution.activeChildren(body);
    Map<String, JsonNode> counters = new LinkedHashMap<>();
    counters.put(COMPLETED, IntNode.valueOf(completed));
    if (outcome.conditionMet()) {
      counters.put(ACTIVE, IntNode.valueOf(0));
      counters.put(TERMINATED, IntNode.valueOf(bodyLocals.get(TERMINATED).asInt() + active.size()));
      execution.variables().setLocal(body.key(), counters);
      active.forEach(execution::terminate);
      execution.complete(body);
    } else if (outcome.nextElement() != null) {
      execution.variables().setLocal(body.key(), counters);
      createInner(body, element, completed, outcome.nextElement(), execution);
    } else {
      counters.put(ACTIVE, IntNode.valueOf(active.size()));
      execution.variables().setLocal(body.key(), counters);
      if (active.isEmpty()) {
        execution.complete(body);
      }
    }
  }

  private static final String LOOP_COUNTER = "loopCounter";

  private static void createInner(
      ElementInstance body, ExecutableElement element, int index, JsonNode item, Execution execution) {
    LoopDefinition loop = element.loop();
    ElementInstance inner = execution.activateElement(element, body);
    Map<String, JsonNode> locals = new LinkedHashMap<>();
    if (loop.outputElementVariable() != null) {
      locals.put(loop.outputElementVariable(), NullNode.getInstance());
    }
    if (loop.inputElement() != null) {
      locals.put(loop.inputElement(), item);
    }
    locals.put(LOOP_COUNTER, IntNode.valueOf(index + 1));
    execution.variables().setLocal(inner.key(), locals);
  }

  private static ArrayNode inputCollection(
      ElementInstance body, ElementInstance incidentOn, LoopDefinition loop, Execution execution) {
    Evaluation evaluation = execution.evaluate(loop.inputCollection(), body.key());
    if (!evaluation.failed() && evaluation.value() instanceof ArrayNode array) {
      return array;
    }
    String got = evaluation.failed() ? evaluation.failure()
        : "got " + (evaluation.value() == null ? "null" : evaluation.value().getNodeType().name().toLowerCase());
    execution.raiseIncident(incidentOn, ErrorType.EXTRACT_VALUE_ERROR, "Expected the inputCollection '"
        + loop.inputCollection().source() + "' of " + Execution.describe(body) + " to be an array, but " + got, null);
    return null;
  }

  private static Boolean completionCondition(
      ElementInstance body, ElementInstance inner, LoopDefinition loop, Map<String, JsonNode> bodyLocals,
      Execution execution) {
    Map<String, JsonNode> context = new LinkedHashMap<>(execution.variables().visible(inner.key()));
    context.put(COMPLETED, IntNode.valueOf(bodyLocals.get(COMPLETED).asInt() + 1));
    context.put(ACTIVE, IntNode.valueOf(Math.max(0, bodyLocals.get(ACTIVE).asInt() - 1)));
    Evaluation evaluation = execution.engine().feel().evaluate(loop.completionCondition(), context);
    if (!evaluation.failed() && evaluation.value() != null && evaluation.value().isBoolean()) {
      return evaluation.value().booleanValue();
    }
    String got = evaluation.failed() ? evaluation.failure() : "got " + evaluation.value();
    execution.raiseIncident(inner, ErrorType.CONDITION_ERROR, "Expected a boolean from the completionCondition '"
        + loop.completionCondition().source() + "' of " + Execution.describe(body) + ", but " + got, null);
    return null;
  }
}
