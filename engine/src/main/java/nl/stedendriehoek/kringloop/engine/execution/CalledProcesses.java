package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.execution.container.CallActivityBehavior;
import nl.stedendriehoek.kringloop.engine.model.CalledElementDefinition;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ChangeSet;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.ProcessInstance;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader;

/**
 * Process instances started by call activities. Parent and child are separate instances, each
 * with its own row lock, but what one does to the other happens in the same transaction as the
 * command that caused it: a call activity starts its child at once, terminating the call activity
 * terminates the child, and a child that completes completes the call activity (and so on up the
 * chain). Locks are taken parent → child when going down and child → parent when going up;
 * PostgreSQL detects the rare deadlock of both at once and one command is refused and may be
 * retried.
 */
public final class CalledProcesses {

  private final StateReader reader;
  private final ProcessDefinitions definitions;
  private final EngineContext engine;

  public CalledProcesses(StateReader reader, ProcessDefinitions definitions, EngineContext engine) {
    this.reader = reader;
    this.definitions = definitions;
    this.engine = engine;
  }

  /** The latest version of a process id that is not deleted, or empty. */
  public Optional<DeployedProcess> latest(String bpmnProcessId) {
    return definitions.findLatest(bpmnProcessId);
  }

  /**
   * The version of {@code processId} a call activity of {@code caller} starts, by its binding:
   * the latest, the one deployed with the caller, or the latest with the version tag. Empty when
   * there is none, also when it was deleted after the lookup; the one found stays locked against
   * deletion until the command commits.
   */
  public Optional<DeployedProcess> resolve(String processId, CalledElementDefinition called, DeployedProcess caller) {
    Optional<DeployedProcess> found = switch (called.binding()) {
      case LATEST -> latest(processId);
      case DEPLOYMENT -> definitions.inDeployment(processId, caller.definition().deploymentKey());
      case VERSION_TAG -> definitions.latestWithVersionTag(processId, called.versionTag());
    };
    // locked here, so a deletion committed since the lookup makes it "not found" (an incident for the
    // call activity) rather than failing the whole command when the child is started
    return found.filter(process -> reader.lockDefinitionForStart(process.definition().key()));
  }

  /** Loads a locked instance for a command (or for a parent/child step of one). */
  Execution load(ProcessInstance instance, ChangeSet changes) {
    long key = instance.key();
    InstanceState state = new InstanceState(instance, reader.activeElementInstances(key),
        () -> reader.openJobs(key), () -> reader.openUserTasks(key), () -> reader.activeIncidents(key),
        () -> reader.activeTimers(key));
    Execution execution = new Execution(engine, definitions.byKey(instance.processDefinitionKey()), state,
        reader.variables(key), changes, this);
    execution.linkCalls(new CallRelations(() -> loadParentOf(execution)));
    return execution;
  }

  /** Locks and loads the active parent of a called instance, knowing {@code child} is already loaded. */
  private Execution loadParentOf(Execution child) {
    ProcessInstance instance = child.state().processInstance();
    if (instance.parentProcessInstanceKey() == null) {
      return null;
    }
    Optional<ProcessInstance> parent = reader.lockProcessInstance(instance.parentProcessInstanceKey());
    if (parent.isEmpty() || !parent.get().isActive()) {
      return null;
    }
    Execution execution = load(parent.get(), child.changes());
    execution.calls().childLoaded(instance.parentElementInstanceKey(), child);
    return execution;
  }

  /** Creates and runs a new instance (a child when {@code callActivity} is given). */
  Execution start(DeployedProcess process, Map<String, JsonNode> variables, ElementInstance callActivity,
      ChangeSet changes) {
    return start(process, variables, callActivity, changes, null);
  }

  /** Creates and runs a new instance beginning at {@code startEvent} (null: the none start event). */
  Execution start(DeployedProcess process, Map<String, JsonNode> variables, ElementInstance callActivity,
      ChangeSet changes, ExecutableElement startEvent) {
    return start(process, variables, callActivity, changes, startEvent, null);
  }

  private Execution start(DeployedProcess process, Map<String, JsonNode> variables, ElementInstance callActivity,
      ChangeSet changes, ExecutableElement startEvent, Execution parent) {
    if (!reader.lockDefinitionForStart(process.definition().key())) {
      throw new NotFoundException("Expected to create an instance of process definition with key "
          + process.definition().key() + " ('" + process.definition().bpmnProcessId() + "' version "
          + process.definition().version() + "), but it was deleted");
    }
    Instant now = engine.clock().instant();
    ProcessInstance instance = new ProcessInstance(engine.keys().nextKey(), process.definition().key(),
        process.definition().bpmnProcessId(), process.definition().version(), ProcessInstance.State.ACTIVE, now,
        null, callActivity == null ? null : callActivity.processInstanceKey(),
        callActivity == null ? null : callActivity.key());
    changes.save(instance);
    InstanceState state = new InstanceState(instance, List.of(), List::of, List::of, List::of);
    Execution execution = new Execution(engine, process, state, List.of(), changes, this);
    if (parent != null) {
      CallRelations relations = new CallRelations(() -> parent);
      relations.parentIs(parent);
      execution.linkCalls(relations);
      parent.calls().childLoaded(callActivity.key(), execution);
    }
    execution.startProcess(variables, startEvent);
    execution.run();
    var payload = JsonNodeFactory.instance.objectNode()
        .put("processDefinitionKey", process.definition().key())
        .put("bpmnProcessId", process.definition().bpmnProcessId());
    if (callActivity != null) {
      payload.put("parentProcessInstanceKey", callActivity.processInstanceKey())
          .put("parentElementInstanceKey", callActivity.key());
    }
    changes.append(new RecordEntry(instance.key(), "PROCESS_INSTANCE_CREATION", "CREATED", now, instance.key(),
        null, payload));
    return execution;
  }

  /** Starts the child of a call activity inside the parent's command; returns its execution. */
  public Execution startChild(DeployedProcess process, Map<String, JsonNode> variables, Execution parent,
      ElementInstance callActivity) {
    Execution child = start(process, variables, callActivity, parent.changes(), null, parent);
    parent.addActivatableJobTypes(child.activatableJobTypes());
    return child;
  }

  /** Terminates the active child instance of a call activity, if there is one. */
  public void terminateChildOf(ElementInstance callActivity, Execution parent) {
    Execution loaded = parent.calls().loadedChild(callActivity.key());
    if (loaded != null) {
      loaded.terminate(loaded.state().root());
      loaded.run();
      return;
    }
    reader.lockActiveChildOf(callActivity.key()).ifPresent(child -> {
      Execution execution = load(child, parent.changes());
      execution.calls().parentIs(parent);
      parent.calls().childLoaded(callActivity.key(), execution);
      execution.terminate(execution.state().root());
      execution.run();
    });
  }

  /**
   * After a command on {@code execution}'s instance: if it completed an instance started by a
   * call activity, completes that call activity with the child's variables, up the chain.
   * Returns the parents that ended too (for callers awaiting their end) and adds their new
   * activatable job types to {@code jobTypes}.
   */
  List<Long> continueParents(Execution execution, Set<String> jobTypes) {
    List<Long> ended = new ArrayList<>();
    Execution current = execution;
    while (true) {
      ProcessInstance child = current.state().processInstance();
      boolean completed = child.state() == ProcessInstance.State.COMPLETED && child.parentElementInstanceKey() != null;
      // an error or escalation may have reached the parent already; a completed child needs it now
      Execution parentExecution = completed ? current.calls().parent() : current.calls().loadedParent();
      if (parentExecution == null) {
        break;
      }
      if (completed) {
        Optional<ElementInstance> callActivity = parentExecution.state().element(child.parentElementInstanceKey());
        if (callActivity.isEmpty() || callActivity.get().state() != ElementState.ACTIVATED
            || callActivity.get().elementType() != ElementType.CALL_ACTIVITY) {
          break;
        }
        Map<String, JsonNode> childVariables = current.variables().local(child.key());
        CallActivityBehavior.childCompleted(callActivity.get(), childVariables, parentExecution);
      }
      parentExecution.run();
      jobTypes.addAll(parentExecution.activatableJobTypes());
      if (parentExecution.endedProcessInstance()) {
        ended.add(parentExecution.state().processInstance().key());
      }
      current = parentExecution;
    }
    return ended;
  }
}
