package nl.stedendriehoek.kringloop.engine.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's only source of time: the system clock, shifted by an offset, or pinned to an
 * instant. Tests (and later {@code /actuator/clock}) pin and advance it; the scheduler listens so
 * that moving the clock forward fires what became due, without waiting in real time.
 */
public final class EngineClock implements InstantSource {

  private final InstantSource system;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Instant pinned;
  private volatile Duration offset = Duration.ZERO;

  public EngineClock() {
    this(Clock.systemUTC());
  }

  public EngineClock(InstantSource system) {
    this.system = system;
  }

  @Override
  public Instant instant() {
    Instant fixed = pinned;
    return fixed != null ? fixed : system.instant().plus(offset);
  }

  /** Stops time at {@code instant} until {@link #reset()}. */
  public void pin(Instant instant) {
    pinned = instant;
    changed();
  }

  /** Moves time forward (or back, with a negative duration), pinned or not. */
  public synchronized void add(Duration duration) {
    Instant fixed = pinned;
    if (fixed != null) {
      pinned = fixed.plus(duration);
    } else {
      offset = offset.plus(duration);
    }
    changed();
  }

  /** Back to the system clock. */
  public void reset() {
    pinned = null;
    offset = Duration.ZERO;
    changed();
  }

  /** Called (on the caller's thread) whenever the clock is pinned, moved or reset. */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }
}
