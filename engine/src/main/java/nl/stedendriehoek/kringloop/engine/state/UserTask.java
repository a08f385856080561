package nl.stedendriehoek.kringloop.engine.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A Camunda user task: work for a person, completed through the Tasklist. */
public final class UserTask {

  public enum State {
    CREATED,
    COMPLETED,
    CANCELED
  }

  private final long key;
  private final long elementInstanceKey;
  private final long processInstanceKey;
  private final long processDefinitionKey;
  private final String bpmnProcessId;
  private final int processVersion;
  private final String elementId;
  private final Long formKey;
  private final String externalFormReference;
  private final ObjectNode customHeaders;
  private final Instant creationDate;
  private State state;
  private String assignee;
  private List<String> candidateGroups;
  private List<String> candidateUsers;
  private Instant dueDate;
  private Instant followUpDate;
  private int priority;
  private Instant completionDate;

  public UserTask(
      long key, State state, long elementInstanceKey, long processInstanceKey,
      long processDefinitionKey, String bpmnProcessId, int processVersion, String elementId,
      String assignee, List<String> candidateGroups, List<String> candidateUsers, Instant dueDate,
      Instant followUpDate, int priority, Long formKey, String externalFormReference,
      ObjectNode customHeaders, Instant creationDate, Instant completionDate) {
    this.key = key;
    this.state = state;
    this.elementInstanceKey = elementInstanceKey;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.processVersion = processVersion;
    this.elementId = elementId;
    this.assignee = assignee;
    this.candidateGroups = List.copyOf(candidateGroups);
    this.candidateUsers = List.copyOf(candidateUsers);
    this.dueDate = dueDate;
    this.followUpDate = followUpDate;
    this.priority = priority;
    this.formKey = formKey;
    this.externalFormReference = externalFormReference;
    this.customHeaders = customHeaders;
    this.creationDate = creationDate;
    this.completionDate = completionDate;
  }

  public long key() { return key; }
  public State state() { return state; }
  public long elementInstanceKey() { return elementInstanceKey; }
  public long processInstanceKey() { return processInstanceKey; }
  public long processDefinitionKey() { return processDefinitionKey; }
  public String bpmnProcessId() { return bpmnProcessId; }
  public int processVersion() { return processVersion; }
  public String elementId() { return elementId; }
  public String assignee() { return assignee; }
  public List<String> candidateGroups() { return candidateGroups; }
  public List<String> candidateUsers() { return candidateUsers; }
  public Instant dueDate() { return dueDate; }
  public Instant followUpDate() { return followUpDate; }
  public int priority() { return priority; }
  public Long formKey() { return formKey; }
  public String externalFormReference() { return externalFormReference; }
  public ObjectNode customHeaders() { return customHeaders; }
  public Instant creationDate() { return creationDate; }
  public Instant completionDate() { return completionDate; }

  public void assign(String newAssignee) {
    assignee = newAssignee;
  }

  public void update(
      List<String> groups, List<String> users, Instant due, Instant followUp, Integer newPriority) {
    if (groups != null) {
      candidateGroups = List.copyOf(groups);
    }
    if (users != null) {
      candidateUsers = List.copyOf(users);
    }
    if (due != null) {
      dueDate = due;
    }
    if (followUp != null) {
      followUpDate = followUp;
    }
    if (newPriority != null) {
      priority = newPriority;
    }
  }

  public void complete(Instant when) {
    state = State.COMPLETED;
    completionDate = when;
  }

  public void cancel(Instant when) {
    state = State.CANCELED;
    completionDate = when;
  }
}
