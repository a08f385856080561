package nl.stedendriehoek.kringloop.workers.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class DeadlinesTest {

  private static Deadlines at(String instant) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("clock", Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")));
    return new Deadlines(beans.getBeanProvider(Clock.class));
  }

  @Test
  void shouldPutTheDeadlineAtFiveInTheAfternoonInTheRegionsZone() {
    // given
    Deadlines deadlines = at("2026-01-09T10:00:00Z");

    // when / then
    assertThat(deadlines.deadline(LocalDate.of(2026, 2, 13)))
        .isEqualTo("2026-02-13T17:00:00+01:00");
    assertThat(deadlines.deadline(LocalDate.of(2026, 6, 30)))
        .isEqualTo("2026-06-30T17:00:00+02:00");
  }

  @Test
  void shouldRemindThreeDaysBeforeTheScanDeadline() {
    // given
    Deadlines deadlines = at("2026-01-09T10:00:00Z");

    // when / then
    assertThat(deadlines.scanReminder(LocalDate.of(2026, 2, 13)))
        .isEqualTo("2026-02-10T09:00:00+01:00");
  }

  @Test
  void shouldRemindHalfwayWhenThreeDaysBeforeIsAlreadyPast() {
    // given: one day and six hours before a deadline of 13 February 17:00 (16:00 UTC)
    Deadlines deadlines = at("2026-02-12T10:00:00Z");

    // when
    String reminder = deadlines.scanReminder(LocalDate.of(2026, 2, 13));

    // then: halfway the 30 hours that are left
    assertThat(reminder).isEqualTo("2026-02-13T02:00:00+01:00");
  }

  @Test
  void shouldEscalateTwoWeeksBeforeTheEndOfQ1() {
    // given
    Deadlines deadlines = at("2026-01-09T10:00:00Z");

    // when / then
    assertThat(deadlines.decisionEscalation(LocalDate.of(2026, 3, 31)))
        .isEqualTo("2026-03-17T09:00:00+01:00");
  }

  @Test
  void shouldShowDatesTheDutchWay() {
    assertThat(Deadlines.display(LocalDate.of(2026, 3, 31))).isEqualTo("31 maart 2026");
  }
}
