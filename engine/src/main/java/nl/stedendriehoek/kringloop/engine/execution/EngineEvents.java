package nl.stedendriehoek.kringloop.engine.execution;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What committed transactions announce: jobs of some types became activatable (wake the long
 * pollers), something falls due at an instant (wake the scheduler if that is earlier than it
 * planned), a process instance ended (answer "create with result"). Fired only after commit, never
 * from inside a transaction.
 */
public final class EngineEvents {

  private volatile Consumer<Set<String>> jobsAvailable = types -> {};
  private volatile Consumer<Instant> dueAt = due -> {};
  private final java.util.List<Consumer<Long>> processInstanceEnded = new java.util.concurrent.CopyOnWriteArrayList<>();

  public void onJobsAvailable(Consumer<Set<String>> listener) {
    this.jobsAvailable = listener;
  }

  public void onDueAt(Consumer<Instant> listener) {
    this.dueAt = listener;
  }

  /** Adds a listener (answering "create with result", message start events waiting for their key). */
  public void onProcessInstanceEnded(Consumer<Long> listener) {
    processInstanceEnded.add(listener);
  }

  public void processInstanceEnded(Long processInstanceKey) {
    if (processInstanceKey != null) {
      processInstanceEnded.forEach(listener -> listener.accept(processInstanceKey));
    }
  }

  public void jobsAvailable(Set<String> types) {
    if (!types.isEmpty()) {
      jobsAvailable.accept(types);
    }
  }

  public void dueAt(Instant due) {
    if (due != null) {
      dueAt.accept(due);
    }
  }
}
