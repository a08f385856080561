package nl.stedendriehoek.kringloop.engine.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one command changed, written in one batch per table at the end of the transaction.
 * Objects are registered once (by key) and written in their final state, so a command that touches
 * a row five times still costs one write.
 */
public final class ChangeSet {

  private final Map<Long, ProcessInstance> processInstances = new LinkedHashMap<>();
  private final Map<Long, ElementInstance> elementInstances = new LinkedHashMap<>();
  private final Map<Long, Variable> variables = new LinkedHashMap<>();
  private final Map<Long, Job> jobs = new LinkedHashMap<>();
  private final Map<Long, UserTask> userTasks = new LinkedHashMap<>();
  private final Map<Long, Incident> incidents = new LinkedHashMap<>();
  private final Map<Long, Timer> timers = new LinkedHashMap<>();
  private final List<RecordEntry> records = new ArrayList<>();

  public void save(ProcessInstance instance) {
    processInstances.put(instance.key(), instance);
  }

  public void save(ElementInstance instance) {
    elementInstances.put(instance.key(), instance);
  }

  public void save(Variable variable) {
    variables.put(variable.key(), variable);
  }

  public void save(Job job) {
    jobs.put(job.key(), job);
  }

  public void save(UserTask task) {
    userTasks.put(task.key(), task);
  }

  public void save(Incident incident) {
    incidents.put(incident.key(), incident);
  }

  public void save(Timer timer) {
    timers.put(timer.key(), timer);
  }

  public List<Timer> timers() {
    return List.copyOf(timers.values());
  }

  public void append(RecordEntry entry) {
    records.add(entry);
  }

  public List<ProcessInstance> processInstances() {
    return List.copyOf(processInstances.values());
  }

  public List<ElementInstance> elementInstances() {
    return List.copyOf(elementInstances.values());
  }

  public List<Variable> variables() {
    return List.copyOf(variables.values());
  }

  public List<Job> jobs() {
    return List.copyOf(jobs.values());
  }

  public List<UserTask> userTasks() {
    return List.copyOf(userTasks.values());
  }

  public List<Incident> incidents() {
    return List.copyOf(incidents.values());
  }

  public List<RecordEntry> records() {
    return List.copyOf(records);
  }
}
