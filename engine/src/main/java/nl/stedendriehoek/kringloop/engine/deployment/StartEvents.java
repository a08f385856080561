package nl.stedendriehoek.kringloop.engine.deployment;

import java.time.Instant;
import java.util.function.LongSupplier;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.TimerSchedules;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import nl.stedendriehoek.kringloop.engine.subscription.StartEventSubscriptions;

/**
 * The live start events of a process id: only its latest (not deleted) version listens to timers,
 * messages and signals. Deploying a new version hands them over to it; deleting the latest version
 * hands them back to the version before it, or closes them when none is left. Runs inside the
 * caller's transaction (under the deployment lock); the caller announces the earliest due timer
 * after commit.
 */
public final class StartEvents {

  private final DeploymentStore store;
  private final StartEventSubscriptions subscriptions;

  public StartEvents(DeploymentStore store, StartEventSubscriptions subscriptions) {
    this.store = store;
    this.subscriptions = subscriptions;
  }

  /**
   * Makes {@code process} the version whose start events are live: the timers of every other
   * version are canceled, its own are scheduled from {@code now}, and the message and signal start
   * subscriptions are replaced by its own. Returns the earliest due date of its timers, or null.
   */
  public Instant activate(DeployedProcess process, Instant now, LongSupplier keys) {
    ProcessDefinition definition = process.definition();
    store.cancelStartTimers(definition.bpmnProcessId());
    Instant earliest = null;
    for (ExecutableElement start : process.graph().root().timerStartEvents()) {
      TimerSchedules.Schedule schedule =
          TimerSchedules.schedule(start.timer().kind(), start.timer().expression().source(), now);
      store.insertStartTimer(new Timer(keys.getAsLong(), null, null, definition.key(), start.id(),
          schedule.dueDate(), schedule.repetitions(), schedule.interval(), schedule.cron(), Timer.State.ACTIVE, now));
      earliest = earliest == null || schedule.dueDate().isBefore(earliest) ? schedule.dueDate() : earliest;
    }
    subscriptions.replace(definition.key(), definition.bpmnProcessId(), process.graph().root(), now, keys);
    return earliest;
  }

  /** No version of {@code bpmnProcessId} is left to start: its start timers and subscriptions end. */
  public void deactivate(String bpmnProcessId, Instant now) {
    store.cancelStartTimers(bpmnProcessId);
    subscriptions.closeAll(bpmnProcessId, now);
  }
}
