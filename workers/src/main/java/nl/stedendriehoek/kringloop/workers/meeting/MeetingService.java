package nl.stedendriehoek.kringloop.workers.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.notification.NotificationKind;
import nl.stedendriehoek.kringloop.workers.notification.NotificationService;
import nl.stedendriehoek.kringloop.workers.participant.Participant;
import nl.stedendriehoek.kringloop.workers.participant.ParticipantRepository;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans a meeting, sends its invitation (with the .ics) and records its minutes and action items. */
@Service
public class MeetingService {

  static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");

  private final MeetingRepository meetings;
  private final YearRepository years;
  private final ParticipantRepository participants;
  private final NotificationService notifications;
  private final MeetingPapers papers;
  private final Clock clock;

  public MeetingService(MeetingRepository meetings, YearRepository years, ParticipantRepository participants,
      NotificationService notifications, MeetingPapers papers, ObjectProvider<Clock> clocks) {
    this.meetings = meetings;
    this.years = years;
    this.participants = participants;
    this.notifications = notifications;
    this.papers = papers;
    this.clock = DomainClock.of(clocks);
  }

  public record Planned(Optional<Meeting> meeting, List<String> errors) {}

  /** One meeting per process instance; the same job again returns it. */
  @Transactional
  public Planned plan(long processInstanceKey, String yearCode, String kind, String subject, List<String> groups,
      String moment, Integer minutes, String location) {
    Optional<Meeting> existing = meetings.findByProcessInstanceKey(processInstanceKey);
    if (existing.isPresent()) {
      return new Planned(existing, List.of());
    }
    List<String> errors = new ArrayList<>();
    if (yearCode == null || years.findByCode(yearCode).isEmpty()) {
      errors.add("Onbekend jaar: '" + (yearCode == null ? "" : yearCode) + "'.");
    }
    Optional<MeetingKind> meetingKind = MeetingKind.fromFormValue(kind);
    if (meetingKind.isEmpty()) {
      errors.add("Kies ambtelijk of bestuurlijk overleg.");
    }
    if (subject == null || subject.isBlank() || subject.length() > 200) {
      errors.add("Geef het overleg een onderwerp van hoogstens 200 tekens.");
    }
    if (groups.isEmpty()) {
      errors.add("Kies wie er worden uitgenodigd.");
    }
    Instant start = instant(moment);
    if (start == null) {
      errors.add("Geef datum en tijd van het overleg.");
    } else if (!start.isAfter(clock.instant())) {
      errors.add("Het overleg moet in de toekomst liggen.");
    }
    if (minutes == null || minutes < 15 || minutes > 480) {
      errors.add("De duur is 15 tot 480 minuten.");
    }
    if (location == null || location.isBlank() || location.length() > 200) {
      errors.add("Geef de locatie (of de link van het online overleg).");
    }
    if (!errors.isEmpty()) {
      return new Planned(Optional.empty(), errors);
    }
    Meeting meeting = meetings.save(new Meeting(processInstanceKey, yearCode, meetingKind.get(), subject.strip(),
        start, start.plus(Duration.ofMinutes(minutes)), location.strip(), new LinkedHashSet<>(groups),
        clock.instant()));
    return new Planned(Optional.of(meeting), List.of());
  }

  /**
   * Stores the agenda and puts one invitation per group in the outbox (once per job): the agenda and
   * links to the year's papers in the text, the appointment as an .ics attachment.
   */
  @Transactional
  public int invite(long jobKey, long meetingId, String agenda) {
    Meeting meeting = require(meetingId);
    meeting.agenda(agenda == null ? "" : agenda.strip());
    String when = OffsetDateTime.ofInstant(meeting.startsAt(), REGION).toLocalDateTime().toString().replace('T', ' ');
    return notifications.enqueue(new NotificationService.Message(jobKey, NotificationKind.OVERLEG_UITNODIGING,
        meeting.yearCode(), List.copyOf(meeting.groups()),
        meeting.subject() + " op " + when + ", " + meeting.location(), withPapers(meeting)),
        IcsInvitation.of(meeting));
  }

  private String withPapers(Meeting meeting) {
    String papersSection = papers.section(meeting.yearCode());
    return papersSection.isEmpty() ? meeting.agenda() : meeting.agenda() + "\n\n" + papersSection;
  }

  public record Minutes(List<Map<String, Object>> actionItems, List<String> errors) {}

  /** Records the minutes and action items; owners must be active participants. */
  @Transactional
  public Minutes recordMinutes(long meetingId, String minutes, String decisions, List<Map<String, Object>> actions) {
    Meeting meeting = require(meetingId);
    List<String> errors = new ArrayList<>();
    if (minutes == null || minutes.isBlank()) {
      errors.add("Schrijf de notulen.");
    }
    List<Meeting.PlannedAction> planned = new ArrayList<>();
    int number = 0;
    for (Map<String, Object> action : actions == null ? List.<Map<String, Object>>of() : actions) {
      number++;
      String description = ProcessVariables.text(action, "omschrijving");
      String owner = ProcessVariables.text(action, "eigenaar");
      LocalDate due = date(ProcessVariables.text(action, "deadline"));
      if (description == null || description.length() > 500) {
        errors.add("Actiepunt " + number + ": beschrijf het actiepunt (hoogstens 500 tekens).");
      }
      if (owner == null || participants.findByUsername(owner).filter(Participant::active).isEmpty()) {
        errors.add("Actiepunt " + number + ": '" + (owner == null ? "" : owner) + "' is geen deelnemer.");
      }
      if (due == null) {
        errors.add("Actiepunt " + number + ": geef een datum (jjjj-mm-dd).");
      }
      planned.add(new Meeting.PlannedAction(description, owner, due));
    }
    if (!errors.isEmpty()) {
      return new Minutes(List.of(), errors);
    }
    meeting.recordMinutes(minutes.strip(), decisions == null ? null : decisions.strip(), planned);
    meetings.flush();
    List<Map<String, Object>> items = new ArrayList<>();
    for (ActionItem item : meeting.actionItems()) {
      items.add(Map.of("actiepuntId", item.id(), "omschrijving", item.description(), "eigenaar",
          item.ownerUsername(), "deadline", item.dueDate().toString(), "deadlineMoment",
          item.dueDate().atTime(17, 0).atZone(REGION).toOffsetDateTime().toString()));
    }
    return new Minutes(items, List.of());
  }

  public Meeting require(long meetingId) {
    return meetings.findById(meetingId).orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(value.strip()).atZone(REGION).toInstant();
      } catch (DateTimeParseException notLocal) {
        return null;
      }
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
