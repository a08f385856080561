package nl.stedendriehoek.kringloop.console.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.year.Year;

/**
 * The seven phases of a year (start, scan, focus, plan, execution, evaluation, decision) with
 * their deadlines and whether each is done, current or still to come. The year's recorded phase
 * decides where "current" is; phases part 2 adds later map onto the same seven steps.
 */
record PhaseTimeline(List<Step> steps) {

  enum Status { KLAAR, HUIDIG, OPEN }

  record Step(String key, LocalDate deadline, Status status, boolean overdue) {}

  static final List<String> PHASES = List.of("start", "scan", "focus", "plan", "uitvoering", "evaluatie", "besluit");

  /** Year phase (as recorded in the domain) → index of the current step. */
  private static final Map<String, Integer> CURRENT = Map.ofEntries(
      Map.entry("THEMASCAN", 1),
      Map.entry("FOCUSVOORSTEL", 2),
      Map.entry("FOCUSPUNTEN_VASTGESTELD", 3),
      Map.entry("JAARPLAN", 3),
      Map.entry("UITVOERING", 4),
      Map.entry("EVALUATIE", 5),
      Map.entry("GO_NO_GO", 6),
      Map.entry("BESLUIT", 6),
      Map.entry("AFGESLOTEN", 7));

  static PhaseTimeline of(Year year, LocalDate today) {
    int current = CURRENT.getOrDefault(year.phase().name(), 1);
    LocalDate started = year.startedAt().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
    List<LocalDate> deadlines = new ArrayList<>();
    deadlines.add(started);
    deadlines.add(year.scanDeadline());
    deadlines.add(year.proposalDeadline());
    deadlines.add(null);
    deadlines.add(year.yearEnd());
    deadlines.add(null);
    deadlines.add(null);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < PHASES.size(); i++) {
      Status status = i < current ? Status.KLAAR : i == current ? Status.HUIDIG : Status.OPEN;
      LocalDate deadline = deadlines.get(i);
      boolean overdue = status != Status.KLAAR && deadline != null && deadline.isBefore(today);
      steps.add(new Step(PHASES.get(i), deadline, status, overdue));
    }
    return new PhaseTimeline(List.copyOf(steps));
  }
}
