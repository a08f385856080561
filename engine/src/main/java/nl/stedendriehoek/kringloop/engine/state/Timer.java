package nl.stedendriehoek.kringloop.engine.state;

import java.time.Duration;
import java.time.Instant;

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
  private final long processInstanceKey;
  private final long elementInstanceKey;
  private final String targetElementId;
  private final Duration interval;
  private final Instant createdAt;
  private Instant dueDate;
  private int repetitions;
  private State state;

  public Timer(
      long key, long processInstanceKey, long elementInstanceKey, String targetElementId, Instant dueDate,
      int repetitions, Duration interval, State state, Instant createdAt) {
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

  public long processInstanceKey() {
    return processInstanceKey;
  }

  public long elementInstanceKey() {
    return elementInstanceKey;
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

  /** Fired: a cycle with repetitions left is re-armed from {@code now}, anything else is done. */
  public void trigger(Instant now) {
    if (!isActive()) {
      throw new IllegalStateException("Timer " + key + " is " + state + ", cannot trigger");
    }
    if (repetitions != 0 && interval != null) {
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
