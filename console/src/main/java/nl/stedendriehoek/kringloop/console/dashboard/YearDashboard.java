package nl.stedendriehoek.kringloop.console.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.decision.Decision;
import nl.stedendriehoek.kringloop.workers.decision.DecisionRepository;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposalRepository;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import nl.stedendriehoek.kringloop.workers.reference.Theme;
import nl.stedendriehoek.kringloop.workers.reference.ThemeRepository;
import nl.stedendriehoek.kringloop.workers.scan.ThemeScanRepository;
import nl.stedendriehoek.kringloop.workers.year.Year;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year at a glance: the domain's records of it (read only, through the workers' repositories)
 * and the engine's open work for it (through the Camunda client).
 */
@Service
class YearDashboard {

  static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");

  record Dashboard(Year year, PhaseTimeline timeline, ScanHeatmap heatmap, Optional<FocusMatrix> focus,
      List<DecisionRow> decisions, YearWork.Work work) {}

  /** An entry of the decisions register as the page shows it (date in the region's time zone). */
  record DecisionRow(String gate, int round, String outcome, String rationale, String decidedBy,
      java.time.ZonedDateTime decidedAt) {
    static DecisionRow of(Decision d) {
      return new DecisionRow(d.gate().name(), d.round(), d.outcome().name(), d.rationale(), d.decidedBy(),
          d.decidedAt().atZone(REGION));
    }
  }

  private final Years years;
  private final YearRepository yearsByCode;
  private final MunicipalityRepository municipalities;
  private final ThemeRepository themes;
  private final ThemeScanRepository scans;
  private final FocusProposalRepository proposals;
  private final DecisionRepository decisions;
  private final YearWork work;
  private final Clock clock;

  YearDashboard(Years years, YearRepository yearsByCode, MunicipalityRepository municipalities, ThemeRepository themes, ThemeScanRepository scans,
      FocusProposalRepository proposals, DecisionRepository decisions, YearWork work, ObjectProvider<Clock> clocks) {
    this.years = years;
    this.yearsByCode = yearsByCode;
    this.municipalities = municipalities;
    this.themes = themes;
    this.scans = scans;
    this.proposals = proposals;
    this.decisions = decisions;
    this.work = work;
    this.clock = DomainClock.of(clocks);
  }

  /** Every year's code, newest first. */
  @Transactional(readOnly = true)
  List<String> yearCodes() {
    return years.findAllByOrderByCodeDesc().stream().map(Year::code).toList();
  }

  @Transactional(readOnly = true)
  Optional<Dashboard> of(String code) {
    return yearsByCode.findByCode(code).map(this::build);
  }

  /** The year's scan heatmap, without the engine's side of the dashboard. */
  @Transactional(readOnly = true)
  Optional<ScanHeatmap> heatmapOf(String code) {
    return yearsByCode.findByCode(code).map(this::heatmap);
  }

  @Transactional(readOnly = true)
  boolean exists(String code) {
    return yearsByCode.findByCode(code).isPresent();
  }

  private ScanHeatmap heatmap(Year year) {
    return ScanHeatmap.of(themes.findAllByOrderByNumber(), participating(year),
        scans.findByYearCodeOrderByMunicipalityCode(year.code()));
  }

  @Transactional(readOnly = true)
  List<Decision> decisions(String code) {
    return decisions.findByYearCodeOrderByDecidedAt(code);
  }

  private Dashboard build(Year year) {
    List<Municipality> participating = participating(year);
    List<Theme> allThemes = themes.findAllByOrderByNumber();
    Optional<FocusMatrix> focus = proposals.findFirstByYearCodeOrderByRoundDesc(year.code())
        .map(p -> FocusMatrix.of(p, participating, allThemes.stream().map(Theme::name).toList()));
    LocalDate today = LocalDate.now(clock.withZone(REGION));
    return new Dashboard(year, PhaseTimeline.of(year, today), heatmap(year), focus,
        decisions(year.code()).stream().map(DecisionRow::of).toList(),
        work.of(year.code(), participating, clock.instant()));
  }

  private List<Municipality> participating(Year year) {
    return municipalities.findAllByOrderByName().stream().filter(m -> year.takesPart(m.code())).toList();
  }
}
