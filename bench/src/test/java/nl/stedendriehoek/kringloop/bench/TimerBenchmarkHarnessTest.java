package nl.stedendriehoek.kringloop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Keeps the timer benchmark runnable: a small run fires every timer and prints its table. It
 * asserts nothing about speed; docs/performance.md has the figures of the 10,000-timer run.
 */
class TimerBenchmarkHarnessTest {

  @Test
  void smallTimerRunFiresEveryTimerAndReportsItsFigures() throws Exception {
    // when
    TimerBenchmark.Result result = TimerBenchmark.run(50, Duration.ofSeconds(1), Duration.ofSeconds(8), 2);

    // then
    assertThat(result.timerRows()).isEqualTo(50);
    assertThat(result.fired()).isEqualTo(50);
    assertThat(result.p50Millis()).isGreaterThanOrEqualTo(0);
    assertThat(TimerBenchmark.table(result)).contains("| timers fired | 50 |");
  }
}
