package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.execution.container.MultiInstanceBodyBehavior;
import nl.stedendriehoek.kringloop.engine.feel.Expression;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ChangeSet;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.Incident;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.Records;
import nl.stedendriehoek.kringloop.engine.state.UserTask;
import nl.stedendriehoek.kringloop.engine.state.Variable;

/**
 * Runs one command on one locked process instance: moves tokens through the graph until every
 * one of them waits (for a job, a user task, a join, an incident), collecting all changes in a
 * {@link ChangeSet}. Work is queued, not recursed, so long chains of automatic steps cannot
 * overflow the stack. The element lifecycle (states, records, mappings, flow-scope completion) is
 * here; what is specific to an element type is in its {@link ElementBehavior}.
 */
public final class Execution {

  /** Steps one command may take before it is considered an endless loop. */
  static final int MAX_STEPS = 50_000;

  private final EngineContext engine;
  private final DeployedProcess process;
  private final InstanceState state;
  private final VariableScopes variables;
  private final ChangeSet changes;
  private final Instant now;
  private final VariableMappings mappings;
  private final Joins joins;
  private final Deque<Runnable> work = new ArrayDeque<>();
  private final Set<String> activatableJobTypes = new HashSet<>();
  private final CalledProcesses calledProcesses;
  private ExecutableElement startEvent;
  private final TimerEvents timers = new TimerEvents(this);
  private final ErrorEvents errors = new ErrorEvents(this);
  private final CatchEvents catchEvents = new CatchEvents(this);
  private final EscalationEvents escalations = new EscalationEvents(this);
  private final EventSubProcesses eventSubProcesses = new EventSubProcesses(this);
  private CallRelations calls = CallRelations.root();
  private boolean running;

  public Execution(
      EngineContext engine, DeployedProcess process, InstanceState state, List<Variable> variables,
      ChangeSet changes, CalledProcesses calledProcesses) {
    this.calledProcesses = calledProcesses;
    this.engine = engine;
    this.process = process;
    this.state = state;
    this.changes = changes;
    this.now = engine.clock().instant();
    this.variables = new VariableScopes(
        state.processInstance().key(), variables, state::parentScopeOf, engine.keys()::nextKey, changes, now);
    this.mappings = new VariableMappings(engine.feel(), this.variables);
    this.joins = new Joins(this, process.graph(), state);
  }

  public Instant now() {
    return now;
  }

  public DeployedProcess process() {
    return process;
  }

  public InstanceState state() {
    return state;
  }

  public VariableScopes variables() {
    return variables;
  }

  public long nextKey() {
    return engine.keys().nextKey();
  }

  public EngineContext engine() {
    return engine;
  }

  /** Child process instances of call activities (start, terminate, look up). */
  public CalledProcesses calledProcesses() {
    return calledProcesses;
  }

  /** The start event a new process instance begins at. */
  public ExecutableElement startEventOf(ExecutableElement process) {
    return startEvent != null ? startEvent : process.noneStartEvent();
  }

  /** Catching thrown errors with error boundary events. */
  public ErrorEvents errors() {
    return errors;
  }

  /** Throwing escalations to escalation boundary events and event sub-processes. */
  public EscalationEvents escalations() {
    return escalations;
  }

  /** The event sub-processes of the scopes of this instance (open their starts, trigger them). */
  public EventSubProcesses eventSubProcesses() {
    return eventSubProcesses;
  }

  /** The calling parent and the called children this command has loaded. */
  public CallRelations calls() {
    return calls;
  }

  void linkCalls(CallRelations relations) {
    this.calls = relations;
  }

  /** Timers of this instance (arm, trigger). */
  public TimerEvents timers() {
    return timers;
  }

  /** Message and signal subscriptions of this instance (open, close, deliver, throw signals). */
  public CatchEvents catchEvents() {
    return catchEvents;
  }

  ChangeSet changes() {
    return changes;
  }

  void addActivatableJobTypes(Set<String> types) {
    activatableJobTypes.addAll(types);
  }

  /** Job types that became activatable in this command: pollers to wake after commit. */
  public Set<String> activatableJobTypes() {
    return Set.copyOf(activatableJobTypes);
  }

  /** True when this command completed or cancelled the process instance. */
  public boolean endedProcessInstance() {
    return !state.processInstance().isActive();
  }

  /**
   * Drains the work queue. A model that loops without any wait state would never drain; after
   * {@link #MAX_STEPS} steps the command is refused (and rolled back) instead of eating memory.
   */
  public void run() {
    if (running) {
      return; // asked again from inside a step (a catch event in a calling instance): the outer loop drains
    }
    running = true;
    try {
      int steps = 0;
      while (!work.isEmpty()) {
        if (++steps > MAX_STEPS) {
          throw new InvalidStateException("Process instance " + state.processInstance().key() + " of '"
              + process.definition().bpmnProcessId() + "' took more than " + MAX_STEPS
              + " steps in one command: the model loops without a wait state; nothing was changed");
        }
        work.poll().run();
      }
    } finally {
      running = false;
    }
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Creates the root element instance of a new process instance and activates it. */
  public void startProcess(Map<String, JsonNode> initialVariables) {
    startProcess(initialVariables, null);
  }

  /** Like {@link #startProcess(Map)}, at the given start event (a timer start event) or the none start event. */
  public void startProcess(Map<String, JsonNode> initialVariables, ExecutableElement startEvent) {
    this.startEvent = startEvent;
    ExecutableElement rootElement = process.graph().root();
    ElementInstance root = newInstance(rootElement, rootElement.type(), null, state.processInstance().key());
    variables.setLocal(root.key(), initialVariables);
    work.add(() -> activate(root));
  }

  /** Creates an ACTIVATING instance of {@code element} in {@code flowScope} and queues its activation. */
  public ElementInstance activateElement(ExecutableElement element, ElementInstance flowScope) {
    boolean body = element.loop() != null && !isBodyOf(flowScope, element);
    ElementInstance instance = newInstance(
        element, body ? ElementType.MULTI_INSTANCE_BODY : element.type(), flowScope.key(), nextKey());
    work.add(() -> activate(instance));
    return instance;
  }

  /**
   * For process instance modification: creates an instance of a flow scope (sub-process …) in
   * {@code flowScope} and enters it (mappings, boundary events, event sub-process starts) without
   * starting it at its start event, so that a modified element can be activated inside it.
   */
  ElementInstance enterScope(ExecutableElement scope, ElementInstance flowScope) {
    ElementInstance instance = newInstance(scope, scope.type(), flowScope.key(), nextKey());
    work.add(() -> activate(instance, true));
    return instance;
  }

  private ElementInstance newInstance(ExecutableElement element, ElementType type, Long flowScopeKey, long key) {
    ElementInstance instance = new ElementInstance(
        key, state.processInstance().key(), state.processInstance().processDefinitionKey(),
        state.processInstance().bpmnProcessId(), element.id(), type, flowScopeKey,
        ElementState.ACTIVATING, now, null, Map.of());
    state.add(instance);
    changes.save(instance);
    changes.append(Records.element(instance, "ELEMENT_ACTIVATING", now));
    return instance;
  }

  /** Runs (or re-runs, after an incident) the activation step of an ACTIVATING instance. */
  public void activate(ElementInstance instance) {
    activate(instance, false);
  }

  private void activate(ElementInstance instance, boolean enterOnly) {
    if (instance.state() != ElementState.ACTIVATING) {
      return;
    }
    ExecutableElement element = elementOf(instance);
    boolean inner = instance.flowScopeKey() != null && isBody(flowScopeOf(instance));
    String failure = isBody(instance) ? null : mappings.applyInputs(instance, element, inner);
    if (failure != null) {
      raiseIncident(instance, ErrorType.IO_MAPPING_ERROR, failure, null);
      return;
    }
    if (!inner && !element.boundaryEvents().isEmpty() && !timers.armBoundaryTimers(instance, element)) {
      return;
    }
    if (!inner && !element.boundaryEvents().isEmpty() && !catchEvents.openBoundaryEvents(instance, element)) {
      return;
    }
    if (!eventSubProcesses.openStarts(instance, element)) {
      return;
    }
    if (enterOnly) {
      activated(instance);
      return;
    }
    engine.behaviors().of(instance.elementType()).activate(instance, element, this);
  }

  /** Marks an instance ACTIVATED (it now waits, or completes right after). */
  public void activated(ElementInstance instance) {
    transition(instance, ElementState.ACTIVATED, "ELEMENT_ACTIVATED");
  }

  /** Queues the completion of an ACTIVATED (or, after an incident, COMPLETING) instance. */
  public void complete(ElementInstance instance) {
    work.add(() -> completeNow(instance));
  }

  private void completeNow(ElementInstance instance) {
    if (instance.state() == ElementState.ACTIVATED) {
      transition(instance, ElementState.COMPLETING, "ELEMENT_COMPLETING");
    }
    if (instance.state() != ElementState.COMPLETING) {
      return;
    }
    ExecutableElement element = elementOf(instance);
    String failure = isBody(instance) ? null : mappings.applyOutputs(instance, element);
    if (failure != null) {
      raiseIncident(instance, ErrorType.IO_MAPPING_ERROR, failure, null);
      return;
    }
    List<SequenceFlow> flows = engine.behaviors().of(instance.elementType()).complete(instance, element, this);
    if (flows == null) {
      return;
    }
    if (instance.flowScopeKey() != null && isBody(flowScopeOf(instance))) {
      completeInnerInstance(instance, element, flowScopeOf(instance));
      return;
    }
    leaveTimers(instance, element);
    transition(instance, ElementState.COMPLETED, "ELEMENT_COMPLETED");
    if (instance.flowScopeKey() == null) {
      state.processInstance().complete(now);
      changes.save(state.processInstance());
      return;
    }
    ElementInstance flowScope = flowScopeOf(instance);
    flows.forEach(flow -> takeFlow(flow, flowScope));
    childFinished(flowScope);
  }

  /** An inner instance of a multi-instance body completes: no flows, the body decides what follows. */
  private void completeInnerInstance(ElementInstance inner, ExecutableElement element, ElementInstance body) {
    MultiInstanceBodyBehavior behavior = multiInstanceBody();
    MultiInstanceBodyBehavior.InnerOutcome outcome = behavior.beforeInnerCompleted(body, inner, element, this);
    if (outcome == null) {
      return;
    }
    transition(inner, ElementState.COMPLETED, "ELEMENT_COMPLETED");
    if (body.state() == ElementState.ACTIVATED) {
      behavior.innerCompleted(body, element, outcome, this);
    }
  }

  /** An element instance that owns timers (boundary events, a timer catch event) cancels them when left. */
  private void leaveTimers(ElementInstance instance, ExecutableElement element) {
    boolean inner = instance.flowScopeKey() != null && isBody(flowScopeOf(instance));
    if ((!inner && !element.boundaryEvents().isEmpty()) || element.type() == ElementType.INTERMEDIATE_CATCH_EVENT
        || element.type() == ElementType.EVENT_BASED_GATEWAY || eventSubProcesses.hasStarts(instance, element)) {
      timers.cancelTimersOf(instance);
    }
    if (element.ownsEventSubscriptions() && !(inner && element.message() == null)) {
      catchEvents.closeOwnedBy(instance);
    }
  }

  private MultiInstanceBodyBehavior multiInstanceBody() {
    return (MultiInstanceBodyBehavior) engine.behaviors().of(ElementType.MULTI_INSTANCE_BODY);
  }

  private static boolean isBody(ElementInstance instance) {
    return instance.elementType() == ElementType.MULTI_INSTANCE_BODY;
  }

  private static boolean isBodyOf(ElementInstance flowScope, ExecutableElement element) {
    return isBody(flowScope) && flowScope.elementId().equals(element.id());
  }

  /** Terminates an instance and everything inside it, now. */
  public void terminate(ElementInstance instance) {
    if (!instance.isActive() || instance.state() == ElementState.TERMINATING) {
      return;
    }
    transition(instance, ElementState.TERMINATING, "ELEMENT_TERMINATING");
    instance.clearTakenFlows();
    for (ElementInstance child : state.activeChildren(instance.key())) {
      terminate(child);
    }
    if (instance.state() == ElementState.TERMINATING && state.activeChildren(instance.key()).isEmpty()) {
      finishTermination(instance);
    }
  }

  private void finishTermination(ElementInstance instance) {
    ExecutableElement element = elementOf(instance);
    engine.behaviors().of(instance.elementType()).terminate(instance, element, this);
    leaveTimers(instance, element);
    resolveIncidentsOf(instance);
    transition(instance, ElementState.TERMINATED, "ELEMENT_TERMINATED");
    if (instance.flowScopeKey() == null) {
      state.processInstance().cancel(now);
      changes.save(state.processInstance());
    } else {
      childFinished(flowScopeOf(instance));
    }
  }

  private void childFinished(ElementInstance flowScope) {
    List<ElementInstance> active = state.activeChildren(flowScope.key());
    if (flowScope.state() == ElementState.TERMINATING) {
      if (active.isEmpty()) {
        finishTermination(flowScope);
      }
      return;
    }
    if (flowScope.state() != ElementState.ACTIVATED) {
      return;
    }
    if (flowScope.waitingTokens() > 0) {
      work.add(() -> joins.retryInclusiveJoins(flowScope));
    } else if (active.isEmpty()) {
      complete(flowScope);
    }
  }

  // ---- sequence flows and joins -----------------------------------------------------------------

  /** Takes a sequence flow: activates its target, or leaves a token at a joining gateway. */
  public void takeFlow(SequenceFlow flow, ElementInstance flowScope) {
    changes.append(Records.sequenceFlowTaken(flowScope, flow.id(), nextKey(), now));
    joins.arrive(flow, flowScope);
  }

  /** Queues work to run after what is queued now (joins wait until sibling flows are taken). */
  void later(Runnable step) {
    work.add(step);
  }

  void save(ElementInstance instance) {
    changes.save(instance);
  }

  // ---- helpers for behaviours ------------------------------------------------------------------

  public ExecutableElement elementOf(ElementInstance instance) {
    return process.graph().element(instance.elementId());
  }

  public ElementInstance flowScopeOf(ElementInstance instance) {
    return state.element(instance.flowScopeKey())
        .orElseThrow(() -> new IllegalStateException("flow scope of " + instance.key() + " not loaded"));
  }

  public List<ElementInstance> activeChildren(ElementInstance flowScope) {
    return state.activeChildren(flowScope.key());
  }

  /**
   * Variables a job, user task or script produced: with output mappings they become local
   * variables of the element (the mappings then pick from them); without, they propagate.
   */
  public void mergeResultVariables(ElementInstance instance, Map<String, JsonNode> document) {
    if (elementOf(instance).outputs().isEmpty()) {
      variables.propagate(instance.key(), document);
    } else {
      variables.setLocal(instance.key(), document);
    }
  }

  /** Evaluates an expression with the variables visible from {@code scopeKey}. */
  public Evaluation evaluate(Expression expression, long scopeKey) {
    return engine.feel().evaluate(expression, variables.visible(scopeKey));
  }

  public Incident raiseIncident(ElementInstance instance, ErrorType type, String message, Long jobKey) {
    Incident incident = new Incident(
        nextKey(), Incident.State.ACTIVE, type, message, instance.processInstanceKey(),
        instance.processDefinitionKey(), instance.bpmnProcessId(), instance.key(), instance.elementId(),
        jobKey, now);
    state.incidents().put(incident.key(), incident);
    changes.save(incident);
    changes.append(Records.incident(incident, "CREATED", now));
    return incident;
  }

  public void resolveIncident(Incident incident) {
    incident.resolve();
    changes.save(incident);
    changes.append(Records.incident(incident, "RESOLVED", now));
  }

  private void resolveIncidentsOf(ElementInstance instance) {
    state.incidents().values().stream()
        .filter(i -> i.isActive() && i.elementInstanceKey() == instance.key())
        .toList()
        .forEach(this::resolveIncident);
  }

  public void saveJob(Job job, String intent) {
    state.jobs().put(job.key(), job);
    changes.save(job);
    changes.append(Records.job(job, intent, now));
    if (job.state() == Job.State.ACTIVATABLE && job.activatableAt() == null) {
      activatableJobTypes.add(job.type());
    }
  }

  /** Appends a history record that belongs to no state row (e.g. a decision evaluation). */
  public void appendRecord(RecordEntry record) {
    changes.append(record);
  }

  public void saveUserTask(UserTask task, String intent) {
    state.userTasks().put(task.key(), task);
    changes.save(task);
    changes.append(Records.userTask(task, intent, now));
  }

  private void transition(ElementInstance instance, ElementState next, String intent) {
    instance.transitionTo(next, now);
    changes.save(instance);
    changes.append(Records.element(instance, intent, now));
  }

  /** "element 'x' (element instance 123, process instance 456)", for messages. */
  public static String describe(ElementInstance instance) {
    return "element '" + instance.elementId() + "' (element instance " + instance.key()
        + ", process instance " + instance.processInstanceKey() + ")";
  }
}
