package nl.stedendriehoek.kringloop.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * One flow node (or the process, or a sub-process) of the executable graph. Built by {@link
 * ProcessTransformer} and not changed after the transformation: behaviours read it from many
 * threads. Optional parts (job, script, user task …) are null when the element has none.
 */
public final class ExecutableElement {

  private final String id;
  private final String name;
  private final ElementType type;
  private final ExecutableElement flowScope;
  private final List<SequenceFlow> incoming = new ArrayList<>();
  private final List<SequenceFlow> outgoing = new ArrayList<>();
  private final List<ExecutableElement> children = new ArrayList<>();
  private List<Mapping> inputs = List.of();
  private List<Mapping> outputs = List.of();
  private JobDefinition job;
  private ScriptDefinition script;
  private UserTaskDefinition userTask;
  private LoopDefinition loop;
  private CalledDecisionDefinition calledDecision;
  private CalledElementDefinition calledElement;
  private TimerDefinition timer;
  private MessageDefinition message;
  private SignalDefinition signal;
  private boolean catchesErrors;
  private String caughtErrorCode;
  private Expression thrownErrorCode;
  private ExecutableElement attachedTo;
  private boolean interrupting = true;
  private final List<ExecutableElement> boundaryEvents = new ArrayList<>();
  private String defaultFlowId;
  private boolean terminateEndEvent;
  private Map<String, Set<String>> reachableIncomingFlows = Map.of();

  ExecutableElement(String id, String name, ElementType type, ExecutableElement flowScope) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.flowScope = flowScope;
    if (flowScope != null) {
      flowScope.children.add(this);
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ElementType type() {
    return type;
  }

  /** The enclosing process or sub-process; null for the process itself. */
  public ExecutableElement flowScope() {
    return flowScope;
  }

  public List<SequenceFlow> incoming() {
    return Collections.unmodifiableList(incoming);
  }

  public List<SequenceFlow> outgoing() {
    return Collections.unmodifiableList(outgoing);
  }

  public List<ExecutableElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** The none start event of a process or embedded sub-process. */
  public ExecutableElement noneStartEvent() {
    return children.stream()
        .filter(ExecutableElement::isNoneStartEvent)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no none start event in " + id));
  }

  /** Whether a process can be started by a command (it has a none start event). */
  public boolean hasNoneStartEvent() {
    return children.stream().anyMatch(ExecutableElement::isNoneStartEvent);
  }

  private boolean isNoneStartEvent() {
    return type == ElementType.START_EVENT && timer == null && message == null && signal == null;
  }

  /** The message start events of a process. */
  public List<ExecutableElement> messageStartEvents() {
    return children.stream().filter(child -> child.type == ElementType.START_EVENT && child.message != null).toList();
  }

  /** The signal start events of a process. */
  public List<ExecutableElement> signalStartEvents() {
    return children.stream().filter(child -> child.type == ElementType.START_EVENT && child.signal != null).toList();
  }

  /**
   * The message and signal start events of the event sub-processes directly in this scope (an
   * embedded sub-process only ever has a none start event, so a sub-process with a message or
   * signal start event is an event sub-process).
   */
  public List<ExecutableElement> eventSubProcessStartEvents() {
    return children.stream().filter(child -> child.type == ElementType.SUB_PROCESS)
        .flatMap(sub -> sub.children.stream())
        .filter(start -> start.type == ElementType.START_EVENT && (start.message != null || start.signal != null))
        .toList();
  }

  /** The timer start events of a process. */
  public List<ExecutableElement> timerStartEvents() {
    return children.stream().filter(child -> child.type == ElementType.START_EVENT && child.timer != null).toList();
  }

  public List<Mapping> inputs() {
    return inputs;
  }

  public List<Mapping> outputs() {
    return outputs;
  }

  public JobDefinition job() {
    return job;
  }

  public ScriptDefinition script() {
    return script;
  }

  public UserTaskDefinition userTask() {
    return userTask;
  }

  /** The multi-instance loop of an activity, or null when it runs once. */
  public LoopDefinition loop() {
    return loop;
  }

  /** The decision a business rule task evaluates itself, or null (a job-worker business rule task). */
  public CalledDecisionDefinition calledDecision() {
    return calledDecision;
  }

  /** The process a call activity starts, or null. */
  public CalledElementDefinition calledElement() {
    return calledElement;
  }

  /** The timer of a timer catch or boundary event, or null. */
  public TimerDefinition timer() {
    return timer;
  }

  /** The message a message catch event, receive task, boundary or start event waits for, or null. */
  public MessageDefinition message() {
    return message;
  }

  /** The signal a signal event catches (catch, boundary, start) or throws (throw, end), or null. */
  public SignalDefinition signal() {
    return signal;
  }

  /**
   * Whether an instance of this element owns message or signal subscriptions while it is active:
   * a message or signal catch event, a receive task, an event-based gateway, or an activity with
   * message or signal boundary events.
   */
  public boolean ownsEventSubscriptions() {
    return type == ElementType.EVENT_BASED_GATEWAY
        || (type != ElementType.START_EVENT && type != ElementType.BOUNDARY_EVENT
            && type != ElementType.INTERMEDIATE_THROW_EVENT && type != ElementType.END_EVENT
            && (message != null || signal != null))
        || boundaryEvents.stream().anyMatch(b -> b.message != null || b.signal != null)
        || !eventSubProcessStartEvents().isEmpty();
  }

  /** An error boundary event (by code, or all errors when {@link #caughtErrorCode} is null). */
  public boolean catchesErrors() {
    return catchesErrors;
  }

  /** The error code an error boundary event catches; null catches every error. */
  public String caughtErrorCode() {
    return caughtErrorCode;
  }

  /** The error code an error end event throws (static or FEEL), or null. */
  public Expression thrownErrorCode() {
    return thrownErrorCode;
  }

  /** For a boundary event: the activity it is attached to. */
  public ExecutableElement attachedTo() {
    return attachedTo;
  }

  /** For a boundary event: whether it cancels the activity ({@code cancelActivity}, default true). */
  public boolean isInterrupting() {
    return interrupting;
  }

  /** The boundary events attached to this activity. */
  public List<ExecutableElement> boundaryEvents() {
    return Collections.unmodifiableList(boundaryEvents);
  }

  /** The {@code default} flow of a gateway, or null. */
  public String defaultFlowId() {
    return defaultFlowId;
  }

  public boolean isTerminateEndEvent() {
    return terminateEndEvent;
  }

  /**
   * For a joining inclusive gateway: per element id of its flow scope, the incoming flows of this
   * gateway that a token at that element can still reach (without passing this gateway).
   */
  public Set<String> incomingFlowsReachableFrom(String elementId) {
    return reachableIncomingFlows.getOrDefault(elementId, Set.of());
  }

  void addIncoming(SequenceFlow flow) {
    incoming.add(flow);
  }

  void addOutgoing(SequenceFlow flow) {
    outgoing.add(flow);
  }

  void setMappings(List<Mapping> inputs, List<Mapping> outputs) {
    this.inputs = List.copyOf(inputs);
    this.outputs = List.copyOf(outputs);
  }

  void setJob(JobDefinition job) {
    this.job = job;
  }

  void setScript(ScriptDefinition script) {
    this.script = script;
  }

  void setUserTask(UserTaskDefinition userTask) {
    this.userTask = userTask;
  }

  void setLoop(LoopDefinition loop) {
    this.loop = loop;
  }

  void setCalledDecision(CalledDecisionDefinition calledDecision) {
    this.calledDecision = calledDecision;
  }

  void setCalledElement(CalledElementDefinition calledElement) {
    this.calledElement = calledElement;
  }

  void setTimer(TimerDefinition timer) {
    this.timer = timer;
  }

  void setMessage(MessageDefinition message) {
    this.message = message;
  }

  void setSignal(SignalDefinition signal) {
    this.signal = signal;
  }

  void catchErrors(String errorCode) {
    this.catchesErrors = true;
    this.caughtErrorCode = errorCode;
  }

  void throwError(Expression errorCode) {
    this.thrownErrorCode = errorCode;
  }

  void attachTo(ExecutableElement activity, boolean interrupting) {
    this.attachedTo = activity;
    this.interrupting = interrupting;
    activity.boundaryEvents.add(this);
  }

  void setDefaultFlowId(String defaultFlowId) {
    this.defaultFlowId = defaultFlowId;
  }

  void markTerminateEndEvent() {
    this.terminateEndEvent = true;
  }

  void setReachableIncomingFlows(Map<String, Set<String>> reachable) {
    this.reachableIncomingFlows = Map.copyOf(reachable);
  }

  @Override
  public String toString() {
    return type + " '" + id + "'";
  }
}
