package nl.stedendriehoek.kringloop.engine.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.ProcessInstance;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import nl.stedendriehoek.kringloop.engine.state.UserTask;

/**
 * The live state of one (locked) process instance while a command runs: active element instances
 * loaded up front, open jobs, user tasks and incidents loaded on first use.
 */
public final class InstanceState {

  private final ProcessInstance processInstance;
  private final Map<Long, ElementInstance> elements = new LinkedHashMap<>();
  /** Children per flow scope; ended ones are dropped lazily, so lookups stay proportional to the active ones. */
  private final Map<Long, List<ElementInstance>> childrenByScope = new HashMap<>();
  private final Lazy<Job> jobs;
  private final Lazy<UserTask> userTasks;
  private final Lazy<Incident> incidents;
  private final Lazy<Timer> timers;

  public InstanceState(
      ProcessInstance processInstance,
      List<ElementInstance> activeElements,
      Supplier<List<Job>> openJobs,
      Supplier<List<UserTask>> openUserTasks,
      Supplier<List<Incident>> activeIncidents) {
    this(processInstance, activeElements, openJobs, openUserTasks, activeIncidents, List::of);
  }

  public InstanceState(
      ProcessInstance processInstance,
      List<ElementInstance> activeElements,
      Supplier<List<Job>> openJobs,
      Supplier<List<UserTask>> openUserTasks,
      Supplier<List<Incident>> activeIncidents,
      Supplier<List<Timer>> activeTimers) {
    this.timers = new Lazy<>(activeTimers, Timer::key);
    this.processInstance = processInstance;
    activeElements.forEach(this::add);
    this.jobs = new Lazy<>(openJobs, Job::key);
    this.userTasks = new Lazy<>(openUserTasks, UserTask::key);
    this.incidents = new Lazy<>(activeIncidents, Incident::key);
  }

  public ProcessInstance processInstance() {
    return processInstance;
  }

  public Optional<ElementInstance> element(long key) {
    return Optional.ofNullable(elements.get(key));
  }

  public ElementInstance root() {
    return elements.get(processInstance.key());
  }

  void add(ElementInstance instance) {
    elements.put(instance.key(), instance);
    if (instance.flowScopeKey() != null) {
      childrenByScope.computeIfAbsent(instance.flowScopeKey(), k -> new ArrayList<>()).add(instance);
    }
  }

  List<ElementInstance> activeChildren(long flowScopeKey) {
    List<ElementInstance> children = childrenByScope.get(flowScopeKey);
    if (children == null) {
      return List.of();
    }
    children.removeIf(child -> !child.isActive());
    return new ArrayList<>(children);
  }

  Long parentScopeOf(long scopeKey) {
    ElementInstance e = elements.get(scopeKey);
    return e == null ? null : e.flowScopeKey();
  }

  public Map<Long, Job> jobs() {
    return jobs.get();
  }

  public Map<Long, UserTask> userTasks() {
    return userTasks.get();
  }

  /** Active timers (loaded on first use), by key. */
  public Map<Long, Timer> timers() {
    return timers.get();
  }

  public Map<Long, Incident> incidents() {
    return incidents.get();
  }

  /** Loads a list once, then keeps it as a mutable map by key. */
  private static final class Lazy<T> {
    private final Supplier<List<T>> loader;
    private final java.util.function.Function<T, Long> key;
    private Map<Long, T> values;

    Lazy(Supplier<List<T>> loader, java.util.function.Function<T, Long> key) {
      this.loader = loader;
      this.key = key;
    }

    Map<Long, T> get() {
      if (values == null) {
        values = new LinkedHashMap<>();
        loader.get().forEach(v -> values.put(key.apply(v), v));
      }
      return values;
    }
  }
}
