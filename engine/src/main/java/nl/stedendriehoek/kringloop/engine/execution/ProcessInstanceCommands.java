package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.Incident;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader.Target;

/** Commands on process instances: create, cancel, set variables, resolve incidents. */
public final class ProcessInstanceCommands {

  private final CommandRunner runner;

  public ProcessInstanceCommands(CommandRunner runner) {
    this.runner = runner;
  }

  public long create(DeployedProcess process, Map<String, JsonNode> variables) {
    return runner.start(process, variables);
  }

  public void cancel(long processInstanceKey) {
    runner.onInstance(processInstanceKey, execution -> {
      if (!execution.state().processInstance().isActive()) {
        throw new NotFoundException("Expected to cancel a process instance with key " + processInstanceKey
            + ", but it is already " + execution.state().processInstance().state().name().toLowerCase());
      }
      Long parent = execution.state().processInstance().parentProcessInstanceKey();
      if (parent != null) {
        throw new InvalidStateException("Expected to cancel a process instance with key " + processInstanceKey
            + ", but it was created by a call activity of process instance " + parent
            + "; cancel the root process instance instead");
      }
      execution.terminate(execution.state().root());
      return null;
    });
  }

  /**
   * Modifies an active instance: activates elements, terminates element instances (see {@link
   * ProcessInstanceModification}); any invalid instruction refuses the whole command.
   */
  public void modify(long processInstanceKey, List<ProcessInstanceModification.Activation> activations,
      List<Long> terminations) {
    runner.onInstance(processInstanceKey, execution -> {
      new ProcessInstanceModification(execution).apply(activations, terminations);
      return null;
    });
  }

  /** An activation of {@link #modify}: element, optional ancestor, variables per scope id. */
  public static ProcessInstanceModification.Activation activation(
      String elementId, Long ancestorElementInstanceKey, Map<String, Map<String, JsonNode>> variablesByScope) {
    List<ProcessInstanceModification.ScopedVariables> variables = variablesByScope.entrySet().stream()
        .map(e -> new ProcessInstanceModification.ScopedVariables(e.getKey(), e.getValue())).toList();
    return new ProcessInstanceModification.Activation(elementId, ancestorElementInstanceKey, variables);
  }

  public void setVariables(long elementInstanceKey, Map<String, JsonNode> variables, boolean local) {
    runner.onInstance(Target.ELEMENT_INSTANCE, elementInstanceKey,
        () -> new NotFoundException("Expected to find element instance with key "
            + elementInstanceKey + ", but none was found"), execution -> {
      ElementInstance scope = execution.state().element(elementInstanceKey)
          .orElseThrow(() -> new NotFoundException("Expected to set variables on element instance "
              + elementInstanceKey + ", but it is no longer active"));
      if (local) {
        execution.variables().setLocal(scope.key(), variables);
      } else {
        execution.variables().propagate(scope.key(), variables);
      }
      return null;
    });
  }

  /**
   * Resolves an incident and retries what failed: the job becomes activatable again, or the
   * element's activation or completion runs again (with the variables as they are now).
   */
  public void resolveIncident(long incidentKey) {
    runner.onInstance(Target.INCIDENT, incidentKey,
        () -> new NotFoundException("Expected to resolve incident with key " + incidentKey
            + ", but no such incident was found"), execution -> {
      Incident incident = execution.state().incidents().get(incidentKey);
      if (incident == null || !incident.isActive()) {
        throw new NotFoundException("Expected to resolve incident with key " + incidentKey
            + ", but it is not active (already resolved?)");
      }
      if (incident.jobKey() != null) {
        retryJob(execution, incident);
      } else {
        retryElement(execution, incident);
      }
      return null;
    });
  }

  private static void retryJob(Execution execution, Incident incident) {
    Job job = execution.state().jobs().get(incident.jobKey());
    if (job != null && job.state() == Job.State.FAILED && job.retries() <= 0) {
      throw new InvalidStateException("Expected to resolve incident " + incident.key() + ", but job "
          + job.key() + " has no retries left; update its retries first");
    }
    execution.resolveIncident(incident);
    if (job != null && (job.state() == Job.State.FAILED || job.state() == Job.State.ERROR_THROWN)) {
      job.makeActivatableAgain();
      execution.saveJob(job, "RETRIES_UPDATED");
    }
  }

  private static void retryElement(Execution execution, Incident incident) {
    execution.resolveIncident(incident);
    ElementInstance instance = execution.state().element(incident.elementInstanceKey()).orElse(null);
    if (instance == null) {
      return;
    }
    if (instance.state() == ElementState.ACTIVATING) {
      execution.activate(instance);
    } else if (instance.state() == ElementState.COMPLETING) {
      execution.complete(instance);
    }
  }
}
