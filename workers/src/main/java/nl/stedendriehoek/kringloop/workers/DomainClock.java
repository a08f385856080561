package nl.stedendriehoek.kringloop.workers;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The clock every domain timestamp comes from: the application's {@link Clock} bean when there is
 * exactly one (the app can hand in the engine's clock, tests pin one), else the system clock.
 */
public final class DomainClock {

  private DomainClock() {}

  public static Clock of(ObjectProvider<Clock> clocks) {
    return clocks.getIfUnique(Clock::systemDefaultZone);
  }
}
