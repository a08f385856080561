package nl.stedendriehoek.kringloop.engine.state;

import java.time.Duration;
import java.time.Instant;
import nl.stedendriehoek.kringloop.engine.model.TimerSchedules;

/**
 * A timer of a timer catch event (owned by its own element instance) or of a boundary timer event
 * (owned by the element instance of the activity it is attached to). A cycle keeps the timer
 * ACTIVE with the next due date until its repetitions are used up.
 */
public final class Timer {

  public enum State {
    ACTIVE,
    TRIGGERED,
    CANCELED
  }

  /** Repetitions of an unbounded cycle ({@code R/PT1H}). */
  public static final int UNBOUNDED = -1;

  private final long key;
  private final Long processInstanceKey;
  private final Long elementInstanceKey;
  private final Long processDefinitionKey;
  private final String targetElementId;
  private final Duration interval;
  private final String cron;
  private final Instant createdAt;
  private Instant dueDate;
  private int repetitions;
  private State state;

  public Timer(
      long key, long processInstanceKey, long elementInstanceKey, String targetElementId, Instant dueDate,
      int repetitions, Duration interval, State state, Instant createdAt) {
    this(key, processInstanceKey, elementInstanceKey, null, targetElementId, dueDate, repetitions, interval, state,
        createdAt);
  }

  /**
   * Any timer; a timer start event's has a process definition key and no instance keys, an
   * instance's timer the other way round.
   */
  public Timer(
      long key, Long processInstanceKey, Long elementInstanceKey, Long processDefinitionKey, String targetElementId,
      Instant dueDate, int repetitions, Duration interval, State state, Instant createdAt) {
    this(key, processInstanceKey, elementInstanceKey, processDefinitionKey, targetElementId, dueDate, repetitions,
        interval, null, state, createdAt);
  }

  /** Any timer, also a cron cycle ({@code cron} not null: it repeats without end, {@link #UNBOUNDED}). */
  public Timer(
      long key, Long processInstanceKey, Long elementInstanceKey, Long processDefinitionKey, String targetElementId,
      Instant dueDate, int repetitions, Duration interval, String cron, State state, Instant createdAt) {
    this.cron = cron;
    this.processDefinitionKey = processDefinitionKey;
    this.key = key;
    this.processInstanceKey = processInstanceKey;
    this.elementInstanceKey = elementInstanceKey;
    this.targetElementId = targetElementId;
    this.dueDate = dueDate;
    this.repetitions = repetitions;
    this.interval = interval;
    this.state = state;
    this.createdAt = createdAt;
  }

  public long key() {
    return key;
  }

  /** The owning process instance; null for a timer start event. */
  public Long processInstanceKey() {
    return processInstanceKey;
  }

  /** The owning element instance; null for a timer start event. */
  public Long elementInstanceKey() {
    return elementInstanceKey;
  }

  /** The process definition of a timer start event; null for an instance's timer. */
  public Long processDefinitionKey() {
    return processDefinitionKey;
  }

  public boolean isStartEventTimer() {
    return processInstanceKey == null;
  }

  /** The timer event (catch or boundary) that this timer triggers. */
  public String targetElementId() {
    return targetElementId;
  }

  public Instant dueDate() {
    return dueDate;
  }

  /** Repetitions left after the current due date; 0 for a one-off timer, {@link #UNBOUNDED}. */
  public int repetitions() {
    return repetitions;
  }

  public Duration interval() {
    return interval;
  }

  /** The cron expression of a cron cycle, or null. */
  public String cron() {
    return cron;
  }

  public State state() {
    return state;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isActive() {
    return state == State.ACTIVE;
  }

  public boolean isDue(Instant now) {
    return isActive() && !dueDate.isAfter(now);
  }

  /**
   * Fired: a cycle with repetitions left is re-armed from {@code now} (a cron cycle at its next
   * matching time after {@code now}), anything else is done.
   */
  public void trigger(Instant now) {
    if (!isActive()) {
      throw new IllegalStateException("Timer " + key + " is " + state + ", cannot trigger");
    }
    Instant nextCron = cron == null ? null : TimerSchedules.nextCronTime(cron, now);
    if (cron != null && nextCron != null) {
      dueDate = nextCron;
    } else if (cron == null && repetitions != 0 && interval != null) {
      dueDate = now.plus(interval);
      if (repetitions != UNBOUNDED) {
        repetitions--;
      }
    } else {
      state = State.TRIGGERED;
    }
  }

  public void cancel() {
    if (isActive()) {
      state = State.CANCELED;
    }
  }
}
