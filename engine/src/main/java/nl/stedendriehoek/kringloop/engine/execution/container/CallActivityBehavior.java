package nl.stedendriehoek.kringloop.engine.execution.container;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.CalledElementDefinition;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;
import nl.stedendriehoek.kringloop.engine.state.ProcessInstance;

/**
 * A call activity starts the called process as a child instance and waits for it: the latest
 * version, the one deployed with the calling process, or the latest with a version tag (its
 * {@code bindingType}). The child receives all variables visible to the call activity, or with {@code
 * propagateAllParentVariables="false"} only the call activity's own (input-mapped) ones. When the
 * child completes, its root variables come back like a job result (all of them, or with {@code
 * propagateAllChildVariables="false"} only through the output mappings). Terminating the call
 * activity terminates the child; a process id that is not deployed is an incident.
 */
public final class CallActivityBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    CalledElementDefinition called = element.calledElement();
    String processId = processId(instance, called, execution);
    if (processId == null) {
      return;
    }
    Optional<DeployedProcess> process = execution.calledProcesses().resolve(processId, called, execution.process());
    if (process.isEmpty()) {
      execution.raiseIncident(instance, ErrorType.CALLED_ELEMENT_ERROR, "Expected process with BPMN process id '"
          + processId + "'" + bindingDescription(called, execution) + " to be deployed, but not found (called by "
          + Execution.describe(instance) + ")", null);
      return;
    }
    Map<String, JsonNode> variables = called.propagateAllParentVariables()
        ? execution.variables().visible(instance.key())
        : execution.variables().local(instance.key());
    execution.activated(instance);
    Execution child = execution.calledProcesses().startChild(process.get(), variables, execution, instance);
    if (child.state().processInstance().state() == ProcessInstance.State.COMPLETED) {
      childCompleted(instance, child.variables().local(child.state().processInstance().key()), execution);
    }
  }

  @Override
  public void terminate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.calledProcesses().terminateChildOf(instance, execution);
  }

  /** The child instance completed with these root variables: they come back and the call activity completes. */
  public static void childCompleted(
      ElementInstance instance, Map<String, JsonNode> childVariables, Execution execution) {
    CalledElementDefinition called = execution.elementOf(instance).calledElement();
    if (called.propagateAllChildVariables()) {
      execution.mergeResultVariables(instance, childVariables);
    } else {
      execution.variables().setLocal(instance.key(), childVariables);
    }
    execution.complete(instance);
  }

  private static String bindingDescription(CalledElementDefinition called, Execution execution) {
    return switch (called.binding()) {
      case LATEST -> "";
      case DEPLOYMENT -> " in the same deployment as the calling process (deployment "
          + execution.process().definition().deploymentKey() + ", bindingType 'deployment')";
      case VERSION_TAG -> " and version tag '" + called.versionTag() + "'";
    };
  }

  private static String processId(ElementInstance instance, CalledElementDefinition called, Execution execution) {
    Evaluation evaluation = execution.evaluate(called.processId(), instance.key());
    JsonNode value = evaluation.value();
    if (evaluation.failed() || value == null || !value.isTextual() || value.asText().isBlank()) {
      execution.raiseIncident(instance, ErrorType.EXTRACT_VALUE_ERROR, "Expected the processId expression '"
          + called.processId().source() + "' of " + Execution.describe(instance) + " to be a non-empty string, but "
          + (evaluation.failed() ? evaluation.failure() : "got " + value), null);
      return null;
    }
    return value.asText();
  }
}
