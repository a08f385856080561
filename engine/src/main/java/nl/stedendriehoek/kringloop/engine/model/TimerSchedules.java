package nl.stedendriehoek.kringloop.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import org.springframework.scheduling.support.CronExpression;

/**
 * ISO 8601 timer values as Camunda 8 accepts them: a date-time with offset or zone
 * ({@code 2027-03-31T17:00:00+02:00}, {@code …[Europe/Amsterdam]}), a duration ({@code PT15M},
 * {@code P2D}, {@code P1M}), a repeating interval ({@code R3/PT10M}, unbounded {@code R/P1D}).
 * Cycles may also be Spring-style cron expressions as Camunda 8 accepts them (six fields with
 * seconds, {@code 0 0 9 * * MON}, or a macro such as {@code @daily}), evaluated in UTC and repeating
 * without end. Used at deployment for static values and at run time for FEEL results.
 */
public final class TimerSchedules {

  /** When the timer is due first, how often it repeats after that, and at which interval or cron expression. */
  public record Schedule(Instant dueDate, int repetitions, Duration interval, String cron) {

    public Schedule(Instant dueDate, int repetitions, Duration interval) {
      this(dueDate, repetitions, interval, null);
    }
  }

  private TimerSchedules() {}

  /** The schedule of {@code text} read as {@code kind}; throws IllegalArgumentException with the reason. */
  public static Schedule schedule(TimerDefinition.Kind kind, String text, Instant now) {
    String value = text == null ? "" : text.strip();
    return switch (kind) {
      case DATE -> new Schedule(dateTime(value), 0, null);
      case DURATION -> new Schedule(plus(now, value), 0, null);
      case CYCLE -> cycle(value, now);
    };
  }

  private static Instant dateTime(String value) {
    try {
      return ZonedDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException(
            "'" + value + "' is not an ISO 8601 date-time with offset or zone (e.g. 2027-03-31T17:00:00+02:00)");
      }
    }
  }

  private static Instant plus(Instant from, String value) {
    try {
      int t = value.indexOf('T');
      String datePart = t < 0 ? value : value.substring(0, t);
      Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
      Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + value.substring(t));
      if (period.isNegative() || time.isNegative()) {
        throw new IllegalArgumentException("'" + value + "' is a negative duration");
      }
      return from.atZone(ZoneOffset.UTC).plus(period).toInstant().plus(time);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("'" + value + "' is not an ISO 8601 duration (e.g. PT15M, P2D)");
    }
  }

  /** The first matching time strictly after {@code after} (UTC), or null when the expression never matches again. */
  public static Instant nextCronTime(String cron, Instant after) {
    ZonedDateTime next = CronExpression.parse(cron).next(after.atZone(ZoneOffset.UTC));
    return next == null ? null : next.toInstant();
  }

  private static Schedule cron(String value, Instant now) {
    try {
      Instant first = nextCronTime(value, now);
      if (first == null) {
        throw new IllegalArgumentException("the cron expression '" + value + "' never falls due");
      }
      return new Schedule(first, Timer.UNBOUNDED, null, value);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().contains("never falls due")) {
        throw e;
      }
      throw new IllegalArgumentException("'" + value + "' is neither an ISO 8601 repeating interval (e.g. R3/PT10M,"
          + " R/P1D) nor a cron expression with six fields (e.g. 0 0 9 * * MON): " + e.getMessage());
    }
  }

  private static Schedule cycle(String value, Instant now) {
    String[] parts = value.split("/");
    if (!value.startsWith("R")) {
      return cron(value, now);
    }
    if (parts.length != 2) {
      throw new IllegalArgumentException("'" + value + "' is not an ISO 8601 repeating interval (e.g. R3/PT10M,"
          + " R/P1D)");
    }
    int repetitions;
    try {
      repetitions = parts[0].length() == 1 ? Timer.UNBOUNDED : Integer.parseInt(parts[0].substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' has no valid repetition count after R");
    }
    if (repetitions == 0) {
      throw new IllegalArgumentException("'" + value + "' repeats zero times");
    }
    Instant due = plus(now, parts[1]);
    Duration interval = Duration.between(now, due);
    if (interval.isZero()) {
      throw new IllegalArgumentException("'" + value + "' has an empty interval");
    }
    return new Schedule(due, repetitions == Timer.UNBOUNDED ? Timer.UNBOUNDED : repetitions - 1, interval);
  }
}
