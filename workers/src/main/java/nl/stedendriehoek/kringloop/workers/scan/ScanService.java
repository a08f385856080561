package nl.stedendriehoek.kringloop.workers.scan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.reference.Theme;
import nl.stedendriehoek.kringloop.workers.reference.ThemeRepository;
import nl.stedendriehoek.kringloop.workers.year.Deadlines;
import nl.stedendriehoek.kringloop.workers.year.Year;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the municipalities' theme scans and aggregates them into a ranking of the themes. */
@Service
public class ScanService {

  private static final Comparator<ThemeScore> BEST_FIRST =
      Comparator.comparingDouble(ThemeScore::averageRelevance)
          .thenComparingInt(score -> score.leads().size())
          .thenComparingInt(score -> score.leads().size() + score.participants().size())
          .thenComparingInt(ThemeScore::capacityHours)
          .reversed()
          .thenComparingInt(ThemeScore::theme);

  private final ThemeScanRepository scans;
  private final YearRepository years;
  private final ThemeRepository themes;
  private final Deadlines deadlines;
  private final Clock clock;

  public ScanService(
      ThemeScanRepository scans,
      YearRepository years,
      ThemeRepository themes,
      Deadlines deadlines,
      ObjectProvider<Clock> clocks) {
    this.scans = scans;
    this.years = years;
    this.themes = themes;
    this.deadlines = deadlines;
    this.clock = DomainClock.of(clocks);
  }

  /**
   * Stores a municipality's scan when every theme is answered correctly; otherwise stores nothing
   * and returns the problems. Submitting again replaces the earlier answers, so a redelivered job
   * changes nothing.
   */
  @Transactional
  public List<String> record(
      String yearCode, String municipalityCode, List<Map<String, Object>> answers) {
    Year year = years.require(yearCode);
    if (!year.takesPart(municipalityCode)) {
      return List.of("Gemeente '" + municipalityCode + "' doet niet mee in " + yearCode + ".");
    }
    ScanAnswerReader reader = new ScanAnswerReader(themes.findAllByOrderByNumber());
    List<ScanAnswer> read = reader.read(answers);
    if (!reader.errors().isEmpty()) {
      return reader.errors();
    }
    ThemeScan scan =
        scans
            .findByYearCodeAndMunicipalityCode(yearCode, municipalityCode)
            .orElseGet(() -> new ThemeScan(yearCode, municipalityCode));
    scan.submit(read, clock.instant());
    scans.save(scan);
    return List.of();
  }

  /** Checks a new scan deadline: after today and no later than the focus proposal's deadline. */
  @Transactional(readOnly = true)
  public List<String> checkExtension(String yearCode, LocalDate newDeadline) {
    Year year = years.require(yearCode);
    List<String> errors = new ArrayList<>();
    if (newDeadline == null) {
      errors.add("Kies een nieuwe deadline voor de themascan.");
    } else if (!newDeadline.isAfter(deadlines.today())) {
      errors.add("De nieuwe deadline moet na vandaag liggen.");
    } else if (newDeadline.isAfter(year.proposalDeadline())) {
      errors.add(
          "De nieuwe deadline ligt na de deadline van het focusvoorstel ("
              + year.proposalDeadline()
              + ").");
    }
    return errors;
  }

  /** The aggregate of all scans that came in, best theme first; moves the year on. */
  @Transactional
  public ScanAggregate aggregate(String yearCode) {
    ScanAggregate aggregate = summarize(yearCode);
    years.require(yearCode).scanAggregated();
    return aggregate;
  }

  /** The aggregate without moving the year on, e.g. for the scan report. */
  @Transactional(readOnly = true)
  public ScanAggregate summarize(String yearCode) {
    Year year = years.require(yearCode);
    List<ThemeScan> received = scans.findByYearCodeOrderByMunicipalityCode(yearCode);
    List<ThemeScore> scores = new ArrayList<>();
    for (Theme theme : themes.findAllByOrderByNumber()) {
      scores.add(score(theme, received));
    }
    scores.sort(BEST_FIRST);
    List<ThemeScore> ranked = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      ranked.add(scores.get(i).ranked(i + 1));
    }
    List<String> submitted = received.stream().map(ThemeScan::municipalityCode).toList();
    List<String> missing =
        year.municipalities().stream().filter(code -> !submitted.contains(code)).toList();
    return new ScanAggregate(ranked, submitted, missing, received);
  }

  private static ThemeScore score(Theme theme, List<ThemeScan> received) {
    List<String> leads = new ArrayList<>();
    List<String> participants = new ArrayList<>();
    List<String> followers = new ArrayList<>();
    int relevanceSum = 0;
    int answered = 0;
    int capacity = 0;
    for (ThemeScan scan : received) {
      for (ScanAnswer answer : scan.answers()) {
        if (answer.themeNumber() != theme.number()) {
          continue;
        }
        answered++;
        relevanceSum += answer.relevance();
        capacity += answer.capacityHours();
        switch (answer.role()) {
          case TREKKER -> leads.add(scan.municipalityCode());
          case DEELNEMER -> participants.add(scan.municipalityCode());
          case VOLGER -> followers.add(scan.municipalityCode());
          case NIET -> {}
        }
      }
    }
    double average = answered == 0 ? 0.0 : Math.round(100.0 * relevanceSum / answered) / 100.0;
    return new ThemeScore(
        theme.number(),
        theme.name(),
        average,
        answered,
        leads,
        participants,
        followers,
        capacity,
        0);
  }

  /** The scan's outcome: scores per theme (ranked), who submitted and who did not. */
  public record ScanAggregate(
      List<ThemeScore> scores,
      List<String> submitted,
      List<String> missing,
      List<ThemeScan> scans) {}
}
