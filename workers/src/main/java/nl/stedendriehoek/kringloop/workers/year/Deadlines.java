package nl.stedendriehoek.kringloop.workers.year;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns the dates the kwartiermaker picks into the moments the BPMN timers fire at (ISO 8601 with
 * offset, as {@code timeDate} expects). A deadline falls at the end of the working day in the
 * region's time zone; reminders and escalations come a fixed lead time before it, but never in the
 * past: a lead time that already passed is halved to the time that is left.
 */
@Component
public class Deadlines {

  static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");
  static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);
  static final LocalTime START_OF_WORKING_DAY = LocalTime.of(9, 0);
  static final int SCAN_REMINDER_DAYS = 3;
  static final int DECISION_ESCALATION_DAYS = 14;
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  private final Clock clock;

  public Deadlines(ObjectProvider<Clock> clocks) {
    this.clock = DomainClock.of(clocks);
  }

  /** The date as people in the region read it, e.g. "13 februari 2026", for messages and forms. */
  public static String display(LocalDate date) {
    return DUTCH_DATE.format(date);
  }

  public String deadline(LocalDate date) {
    return ZonedDateTime.of(date, END_OF_WORKING_DAY, REGION).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The reminder before a scan deadline: {@value #SCAN_REMINDER_DAYS} days ahead, at 09:00. */
  public String scanReminder(LocalDate deadline) {
    return before(deadline, SCAN_REMINDER_DAYS);
  }

  /** When "no decision is near" escalates: {@value #DECISION_ESCALATION_DAYS} days ahead. */
  public String decisionEscalation(LocalDate deadline) {
    return before(deadline, DECISION_ESCALATION_DAYS);
  }

  private String before(LocalDate deadline, int days) {
    ZonedDateTime end = ZonedDateTime.of(deadline, END_OF_WORKING_DAY, REGION);
    ZonedDateTime wanted = ZonedDateTime.of(deadline.minusDays(days), START_OF_WORKING_DAY, REGION);
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(REGION));
    if (wanted.isAfter(now) || !end.isAfter(now)) {
      return wanted.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    Duration halfOfWhatIsLeft = Duration.between(now, end).dividedBy(2);
    return now.plus(halfOfWhatIsLeft).withNano(0).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(REGION));
  }
}
