package nl.stedendriehoek.kringloop.workers.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A meeting the year plans itself falls on a working day: one in the weekend moves to the Monday after. */
class MeetingDayTest {

  @Test
  void shouldMoveASaturdayOrSundayToTheMondayAfterAndKeepAWeekday() {
    // given
    LocalDate saturday = LocalDate.of(2026, 12, 12);
    LocalDate sunday = LocalDate.of(2026, 12, 13);
    LocalDate friday = LocalDate.of(2026, 12, 11);

    // when / then
    assertThat(MeetingStarter.workingDay(saturday)).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(MeetingStarter.workingDay(sunday)).isEqualTo(LocalDate.of(2026, 12, 14));
    assertThat(MeetingStarter.workingDay(friday)).isEqualTo(friday);
  }
}
