package nl.stedendriehoek.kringloop.engine.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.stedendriehoek.kringloop.engine.deletion.ResourceDeletion;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.deployment.DeploymentService;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.execution.EngineEvents;
import nl.stedendriehoek.kringloop.engine.execution.ProcessInstanceCommands;
import nl.stedendriehoek.kringloop.engine.jobs.JobActivator;
import nl.stedendriehoek.kringloop.engine.jobs.JobCommands;
import nl.stedendriehoek.kringloop.engine.jobs.JobPollers;
import nl.stedendriehoek.kringloop.engine.message.MessageService;
import nl.stedendriehoek.kringloop.engine.signal.SignalService;
import nl.stedendriehoek.kringloop.engine.usertask.UserTaskCommands;

/**
 * The engine's command API: what REST {@code /v2} and gRPC map onto, one method per Camunda
 * command. Every method is one transaction; failures are {@link NotFoundException} (404), {@link
 * InvalidArgumentException} (400) or {@link InvalidStateException} (409). Reads are in {@link
 * EngineQueries}.
 */
public final class EngineService implements AutoCloseable {

  private final DeploymentService deployments;
  private final ResourceDeletion deletion;
  private final ProcessDefinitions definitions;
  private final ProcessInstanceCommands instances;
  private final JobActivator activator;
  private final JobPollers pollers;
  private final JobCommands jobs;
  private final UserTaskCommands userTasks;
  private final VariableDocuments documents;
  private final InstanceEndWatchers endWatchers;
  private final MessageService messages;
  private final SignalService signals;

  public EngineService(
      DeploymentService deployments, ResourceDeletion deletion, ProcessDefinitions definitions, ProcessInstanceCommands instances,
      JobActivator activator, JobPollers pollers, JobCommands jobs, UserTaskCommands userTasks,
      EngineQueries queries, EngineEvents events, int maxVariableDocumentBytes, MessageService messages,
      SignalService signals) {
    this.messages = messages;
    this.signals = signals;
    this.deployments = deployments;
    this.deletion = deletion;
    this.definitions = definitions;
    this.instances = instances;
    this.activator = activator;
    this.pollers = pollers;
    this.jobs = jobs;
    this.userTasks = userTasks;
    this.documents = new VariableDocuments(maxVariableDocumentBytes);
    this.endWatchers = new InstanceEndWatchers(queries);
    events.onProcessInstanceEnded(endWatchers::ended);
  }

  // ---- deployment ----

  public DeploymentResult deploy(List<Resource> resources) {
    return deployments.deploy(resources);
  }

  /**
   * Deletes a deployed process definition, decision requirements graph (with its decisions) or
   * form by its key. {@link NotFoundException} for an unknown or already deleted key, {@link
   * InvalidStateException} for a process definition with running instances. History is kept.
   */
  public void deleteResource(long resourceKey, Long operationReference) {
    deletion.delete(resourceKey, operationReference);
  }

  // ---- process instances ----

  public ProcessInstanceCreated createProcessInstance(CreateProcessInstance command) {
    DeployedProcess process = resolve(command);
    if (!process.graph().root().hasNoneStartEvent()) {
      throw new InvalidArgumentException("Expected to create an instance of process '"
          + process.definition().bpmnProcessId() + "' with a none start event, but it has only timer start events");
    }
    long key = instances.create(process, documents.toJson(command.variables(), "the new process instance"));
    return new ProcessInstanceCreated(key, process.definition().key(), process.definition().bpmnProcessId(),
        process.definition().version());
  }

  /**
   * Completes when the process instance has ended (completed or canceled), with its final view;
   * exceptionally with a {@link java.util.concurrent.TimeoutException} after {@code timeout}. For
   * "create process instance with result"; woken by the commit that ends the instance.
   */
  public CompletableFuture<ProcessInstanceView> awaitProcessInstanceEnd(long processInstanceKey, Duration timeout) {
    return endWatchers.awaitEnd(processInstanceKey, timeout);
  }

  public void cancelProcessInstance(long processInstanceKey) {
    instances.cancel(processInstanceKey);
  }

  /** Activates elements and terminates element instances of an active process instance (all or nothing). */
  public void modifyProcessInstance(ModifyProcessInstance command) {
    List<nl.stedendriehoek.kringloop.engine.execution.ProcessInstanceModification.Activation> activations =
        command.activations().stream().map(a -> {
          Map<String, Map<String, com.fasterxml.jackson.databind.JsonNode>> byScope = new java.util.LinkedHashMap<>();
          for (ModifyProcessInstance.ScopedVariables v : a.variables()) {
            String scope = v.scopeId() == null ? "" : v.scopeId();
            byScope.computeIfAbsent(scope, s -> new java.util.LinkedHashMap<>())
                .putAll(documents.toJson(v.variables(), "the variables of activating '" + a.elementId() + "'"));
          }
          return ProcessInstanceCommands.activation(a.elementId(), a.ancestorElementInstanceKey(), byScope);
        }).toList();
    instances.modify(command.processInstanceKey(), activations, command.terminations());
  }

  /** Sets variables on an element instance's scope: locally, or propagated like a job result. */
  public void setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local) {
    instances.setVariables(elementInstanceKey,
        documents.toJson(variables, "element instance " + elementInstanceKey), local);
  }

  public void resolveIncident(long incidentKey) {
    instances.resolveIncident(incidentKey);
  }

  // ---- jobs ----

  /** Activates what is available now, without waiting. */
  public List<ActivatedJob> activateJobs(ActivateJobsRequest request) {
    return activator.activate(request);
  }

  /**
   * Long polling: completes with jobs as soon as jobs of the type are available (now, or when a
   * transaction commits some), or with an empty list after {@code requestTimeout}.
   */
  public CompletableFuture<List<ActivatedJob>> activateJobs(ActivateJobsRequest request, Duration requestTimeout) {
    return pollers.activateJobs(request, requestTimeout);
  }

  public void completeJob(long jobKey, Map<String, Object> variables) {
    jobs.complete(jobKey, documents.toJson(variables, "job " + jobKey));
  }

  public void failJob(FailJob command) {
    jobs.fail(command.jobKey(), command.retries(), command.errorMessage(), command.retryBackoff(),
        documents.toJson(command.variables(), "job " + command.jobKey()));
  }

  public void throwError(long jobKey, String errorCode, String errorMessage, Map<String, Object> variables) {
    jobs.throwError(jobKey, errorCode, errorMessage, documents.toJson(variables, "job " + jobKey));
  }

  public void updateJobRetries(long jobKey, int retries) {
    jobs.updateRetries(jobKey, retries);
  }

  public void updateJobTimeout(long jobKey, Duration timeout) {
    jobs.updateTimeout(jobKey, timeout);
  }

  // ---- user tasks ----

  public void completeUserTask(long userTaskKey, Map<String, Object> variables) {
    userTasks.complete(userTaskKey, documents.toJson(variables, "user task " + userTaskKey));
  }

  public void assignUserTask(long userTaskKey, String assignee, boolean allowOverride) {
    userTasks.assign(userTaskKey, assignee, allowOverride);
  }

  public void unassignUserTask(long userTaskKey) {
    userTasks.unassign(userTaskKey);
  }

  public void updateUserTask(long userTaskKey, UserTaskUpdate update) {
    userTasks.update(userTaskKey, update);
  }

  // ---- messages and signals ----

  /** Publishes a message (buffered for its time-to-live); returns the message key. */
  public long publishMessage(PublishMessage command) {
    return messages.publish(command.name(), command.correlationKey(), command.timeToLive(), command.messageId(),
        documents.toJson(command.variables(), "message '" + command.name() + "'"));
  }

  /**
   * Correlates a message now, without buffering; returns the first process instance it reached.
   * {@link NotFoundException} when no subscription matches.
   */
  public MessageCorrelated correlateMessage(String name, String correlationKey, Map<String, Object> variables) {
    return messages.correlate(name, correlationKey, documents.toJson(variables, "message '" + name + "'"));
  }

  /** Broadcasts a signal to every open signal subscription; returns the signal key. */
  public long broadcastSignal(String name, Map<String, Object> variables) {
    return signals.broadcast(name, documents.toJson(variables, "signal '" + name + "'"));
  }

  /** Stops the timers of waiting callers; the engine calls this when it closes. */
  @Override
  public void close() {
    endWatchers.close();
  }

  private DeployedProcess resolve(CreateProcessInstance command) {
    if (command.processDefinitionKey() != null) {
      return definitions.byKey(command.processDefinitionKey());
    }
    if (command.bpmnProcessId() == null || command.bpmnProcessId().isBlank()) {
      throw new InvalidArgumentException(
          "Expected a process definition key or a BPMN process id to create an instance, but got neither");
    }
    if (command.version() == null || command.version() < 0) {
      return definitions.latest(command.bpmnProcessId());
    }
    return definitions.byVersion(command.bpmnProcessId(), command.version());
  }
}
