package nl.stedendriehoek.kringloop.engine.state;

import java.time.Instant;

/** A problem the engine cannot solve alone; the element waits until the incident is resolved. */
public final class Incident {

  public enum State {
    ACTIVE,
    RESOLVED
  }

  /** Error types named as Camunda 8 reports them. */
  public enum ErrorType {
    JOB_NO_RETRIES,
    EXTRACT_VALUE_ERROR,
    IO_MAPPING_ERROR,
    CONDITION_ERROR,
    UNHANDLED_ERROR_EVENT,
    FORM_NOT_FOUND,
    CALLED_DECISION_ERROR,
    CALLED_ELEMENT_ERROR,
    DECISION_EVALUATION_ERROR,
    UNKNOWN
  }

  private final long key;
  private final ErrorType errorType;
  private final String errorMessage;
  private final long processInstanceKey;
  private final long processDefinitionKey;
  private final String bpmnProcessId;
  private final long elementInstanceKey;
  private final String elementId;
  private final Long jobKey;
  private final Instant creationTime;
  private State state;

  public Incident(
      long key, State state, ErrorType errorType, String errorMessage, long processInstanceKey,
      long processDefinitionKey, String bpmnProcessId, long elementInstanceKey, String elementId,
      Long jobKey, Instant creationTime) {
    this.key = key;
    this.state = state;
    this.errorType = errorType;
    this.errorMessage = errorMessage;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.elementInstanceKey = elementInstanceKey;
    this.elementId = elementId;
    this.jobKey = jobKey;
    this.creationTime = creationTime;
  }

  public long key() { return key; }
  public State state() { return state; }
  public ErrorType errorType() { return errorType; }
  public String errorMessage() { return errorMessage; }
  public long processInstanceKey() { return processInstanceKey; }
  public long processDefinitionKey() { return processDefinitionKey; }
  public String bpmnProcessId() { return bpmnProcessId; }
  public long elementInstanceKey() { return elementInstanceKey; }
  public String elementId() { return elementId; }
  public Long jobKey() { return jobKey; }
  public Instant creationTime() { return creationTime; }

  public boolean isActive() {
    return state == State.ACTIVE;
  }

  public void resolve() {
    state = State.RESOLVED;
  }
}
