package nl.stedendriehoek.kringloop.engine.state;

import java.time.Instant;

/** The row of a process instance; its lock serialises every command on the instance. */
public final class ProcessInstance {

  public enum State {
    ACTIVE,
    COMPLETED,
    CANCELED
  }

  private final long key;
  private final long processDefinitionKey;
  private final String bpmnProcessId;
  private final int version;
  private final Instant startDate;
  private final Long parentProcessInstanceKey;
  private final Long parentElementInstanceKey;
  private State state;
  private Instant endDate;

  public ProcessInstance(
      long key, long processDefinitionKey, String bpmnProcessId, int version, State state,
      Instant startDate, Instant endDate) {
    this(key, processDefinitionKey, bpmnProcessId, version, state, startDate, endDate, null, null);
  }

  /** An instance started by a call activity (parent keys set) or directly (both null). */
  public ProcessInstance(
      long key, long processDefinitionKey, String bpmnProcessId, int version, State state,
      Instant startDate, Instant endDate, Long parentProcessInstanceKey, Long parentElementInstanceKey) {
    this.parentProcessInstanceKey = parentProcessInstanceKey;
    this.parentElementInstanceKey = parentElementInstanceKey;
    this.key = key;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.version = version;
    this.state = state;
    this.startDate = startDate;
    this.endDate = endDate;
  }

  public long key() {
    return key;
  }

  public long processDefinitionKey() {
    return processDefinitionKey;
  }

  public String bpmnProcessId() {
    return bpmnProcessId;
  }

  public int version() {
    return version;
  }

  public State state() {
    return state;
  }

  public Instant startDate() {
    return startDate;
  }

  public Instant endDate() {
    return endDate;
  }

  /** The process instance whose call activity started this one, or null. */
  public Long parentProcessInstanceKey() {
    return parentProcessInstanceKey;
  }

  /** The call activity's element instance that started this one, or null. */
  public Long parentElementInstanceKey() {
    return parentElementInstanceKey;
  }

  public boolean isActive() {
    return state == State.ACTIVE;
  }

  public void complete(Instant when) {
    end(State.COMPLETED, when);
  }

  public void cancel(Instant when) {
    end(State.CANCELED, when);
  }

  private void end(State finalState, Instant when) {
    if (state != State.ACTIVE) {
      throw new IllegalStateException("Process instance " + key + " is already " + state);
    }
    this.state = finalState;
    this.endDate = when;
  }
}
