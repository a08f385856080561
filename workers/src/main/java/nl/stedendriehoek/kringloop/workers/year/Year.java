package nl.stedendriehoek.kringloop.workers.year;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year of the collaboration (e.g. {@code CE-2026}): who takes part, its deadlines and the phase
 * it is in. The phase only moves forward through the transitions below.
 */
@Entity
@Table(schema = "domain", name = "year")
public class Year {

  @Id private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private YearPhase phase;

  @Column(name = "scan_deadline", nullable = false)
  private LocalDate scanDeadline;

  @Column(name = "proposal_deadline", nullable = false)
  private LocalDate proposalDeadline;

  @Column(name = "year_end", nullable = false)
  private LocalDate yearEnd;

  @Column(name = "meeting_rhythm")
  private String meetingRhythm;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      schema = "domain",
      name = "year_municipality",
      joinColumns = @JoinColumn(name = "year_code"))
  @Column(name = "municipality_code")
  private Set<String> municipalities = new TreeSet<>();

  protected Year() {}

  Year(YearRegistration registration, Instant startedAt) {
    this.code = registration.code();
    this.phase = YearPhase.THEMASCAN;
    this.scanDeadline = registration.scanDeadline();
    this.proposalDeadline = registration.proposalDeadline();
    this.yearEnd = registration.yearEnd();
    this.meetingRhythm = registration.meetingRhythm();
    this.startedAt = startedAt;
    this.municipalities.addAll(registration.municipalities());
  }

  /** The scan is in: the kwartiermaker now drafts the focus proposal. Repeating it is a no-op. */
  public void scanAggregated() {
    if (phase == YearPhase.THEMASCAN) {
      phase = YearPhase.FOCUSVOORSTEL;
    }
  }

  /** The AB decided the focus points; part 2 (the annual plan) continues from here. */
  public void focusPointsAdopted() {
    if (phase == YearPhase.THEMASCAN) {
      throw new IllegalStateException(
          "Year " + code + " cannot adopt focus points before its theme scan is aggregated");
    }
    phase = YearPhase.FOCUSPUNTEN_VASTGESTELD;
  }

  /** Moves forward to {@code next}; a phase already reached (a redelivered job) is a no-op. */
  public void reach(YearPhase next) {
    if (next.compareTo(phase) > 0) {
      phase = next;
    }
  }

  public boolean takesPart(String municipalityCode) {
    return municipalities.contains(municipalityCode);
  }

  public String code() {
    return code;
  }

  public YearPhase phase() {
    return phase;
  }

  public LocalDate scanDeadline() {
    return scanDeadline;
  }

  public LocalDate proposalDeadline() {
    return proposalDeadline;
  }

  public LocalDate yearEnd() {
    return yearEnd;
  }

  public String meetingRhythm() {
    return meetingRhythm;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** The participating municipalities' codes, alphabetically. */
  public List<String> municipalities() {
    return municipalities.stream().sorted().toList();
  }

  boolean sameAs(YearRegistration registration) {
    return scanDeadline.equals(registration.scanDeadline())
        && proposalDeadline.equals(registration.proposalDeadline())
        && yearEnd.equals(registration.yearEnd())
        && new TreeSet<>(municipalities).equals(new TreeSet<>(registration.municipalities()));
  }
}
