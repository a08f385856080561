package nl.stedendriehoek.kringloop.workers.year;

import java.time.LocalDate;
import java.util.List;

/** What the kwartiermaker fills in to start a year; validated by {@link YearService}. */
public record YearRegistration(
    String code,
    List<String> municipalities,
    LocalDate scanDeadline,
    LocalDate proposalDeadline,
    LocalDate yearEnd,
    String meetingRhythm) {}
