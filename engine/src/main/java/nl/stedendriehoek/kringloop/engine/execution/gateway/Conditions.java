package nl.stedendriehoek.kringloop.engine.execution.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/** Evaluates sequence-flow conditions of one gateway; a non-boolean result is an incident. */
final class Conditions {

  private final ElementInstance instance;
  private final ExecutableElement gateway;
  private final Execution execution;

  Conditions(ElementInstance instance, ExecutableElement gateway, Execution execution) {
    this.instance = instance;
    this.gateway = gateway;
    this.execution = execution;
  }

  /** True or false; null when an incident was raised. A flow without condition is fulfilled. */
  Boolean isFulfilled(SequenceFlow flow) {
    if (flow.condition() == null) {
      return true;
    }
    Evaluation evaluation = execution.evaluate(flow.condition(), instance.key());
    JsonNode value = evaluation.value();
    if (evaluation.failed() || value == null || !value.isBoolean()) {
      String got = evaluation.failed() ? evaluation.failure() : "got " + (value == null ? "null" : value);
      execution.raiseIncident(instance, ErrorType.CONDITION_ERROR,
          "Expected a boolean from condition '" + flow.condition().source() + "' on flow '" + flow.id()
              + "' of gateway '" + gateway.id() + "', but " + got + " (element instance "
              + instance.key() + ", process instance " + instance.processInstanceKey() + ")", null);
      return null;
    }
    return value.booleanValue();
  }
}
