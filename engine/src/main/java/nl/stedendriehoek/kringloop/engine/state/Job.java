package nl.stedendriehoek.kringloop.engine.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A unit of work for a worker. ACTIVATABLE jobs wait for a worker (after {@code activatableAt}
 * when backing off), ACTIVATED ones have a worker until {@code deadline}; FAILED means no retries
 * left (an incident is open); COMPLETED, ERROR_THROWN and CANCELED are final.
 */
public final class Job {

  public enum State {
    ACTIVATABLE,
    ACTIVATED,
    FAILED,
    ERROR_THROWN,
    COMPLETED,
    CANCELED;

    public boolean isOpen() {
      return this == ACTIVATABLE || this == ACTIVATED || this == FAILED || this == ERROR_THROWN;
    }
  }

  private final long key;
  private final String type;
  private final ObjectNode customHeaders;
  private final long processInstanceKey;
  private final long elementInstanceKey;
  private final String elementId;
  private final long processDefinitionKey;
  private final String bpmnProcessId;
  private final int processVersion;
  private final Instant createdAt;
  private State state;
  private int retries;
  private String worker;
  private Instant deadline;
  private Instant activatableAt;
  private String errorMessage;
  private String errorCode;

  public Job(
      long key, String type, State state, int retries, String worker, Instant deadline,
      Instant activatableAt, String errorMessage, String errorCode, ObjectNode customHeaders,
      long processInstanceKey, long elementInstanceKey, String elementId, long processDefinitionKey,
      String bpmnProcessId, int processVersion, Instant createdAt) {
    this.key = key;
    this.type = type;
    this.state = state;
    this.retries = retries;
    this.worker = worker;
    this.deadline = deadline;
    this.activatableAt = activatableAt;
    this.errorMessage = errorMessage;
    this.errorCode = errorCode;
    this.customHeaders = customHeaders;
    this.processInstanceKey = processInstanceKey;
    this.elementInstanceKey = elementInstanceKey;
    this.elementId = elementId;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.processVersion = processVersion;
    this.createdAt = createdAt;
  }

  public long key() { return key; }
  public String type() { return type; }
  public State state() { return state; }
  public int retries() { return retries; }
  public String worker() { return worker; }
  public Instant deadline() { return deadline; }
  public Instant activatableAt() { return activatableAt; }
  public String errorMessage() { return errorMessage; }
  public String errorCode() { return errorCode; }
  public ObjectNode customHeaders() { return customHeaders; }
  public long processInstanceKey() { return processInstanceKey; }
  public long elementInstanceKey() { return elementInstanceKey; }
  public String elementId() { return elementId; }
  public long processDefinitionKey() { return processDefinitionKey; }
  public String bpmnProcessId() { return bpmnProcessId; }
  public int processVersion() { return processVersion; }
  public Instant createdAt() { return createdAt; }

  public void complete() {
    state = State.COMPLETED;
    deadline = null;
  }

  /**
   * A worker gave up. With retries left the job becomes activatable again (after the backoff);
   * without, it fails and waits for an incident to be resolved.
   */
  public void fail(int remainingRetries, String message, Instant backoffUntil) {
    retries = remainingRetries;
    errorMessage = message;
    worker = null;
    deadline = null;
    if (remainingRetries > 0) {
      state = State.ACTIVATABLE;
      activatableAt = backoffUntil;
    } else {
      state = State.FAILED;
      activatableAt = null;
    }
  }

  public void throwError(String code, String message) {
    state = State.ERROR_THROWN;
    errorCode = code;
    errorMessage = message;
    deadline = null;
  }

  public void cancel() {
    state = State.CANCELED;
    deadline = null;
  }

  /** The worker's lock ran out: another worker may take the job. */
  public void timeOut() {
    state = State.ACTIVATABLE;
    worker = null;
    deadline = null;
  }

  public void updateRetries(int newRetries) {
    retries = newRetries;
  }

  public void updateDeadline(Instant newDeadline) {
    deadline = newDeadline;
  }

  /** An incident on this job was resolved: workers may take it again. */
  public void makeActivatableAgain() {
    state = State.ACTIVATABLE;
    activatableAt = null;
  }
}
