package nl.stedendriehoek.kringloop.workers.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the simulated participants of the demo year answer, phase by phase: the theme scan of eight
 * municipalities and Circulus ({@link ScanAnswers}), a focus proposal sent back once and adopted in
 * its second round ({@link FocusAnswers}), the project plans and the AB's approval of the annual
 * plan ({@link PlanAnswers}), every result of every project delivered with evidence so the projects
 * finish early ({@link ExecutionAnswers}), the evaluation with each municipality's position, the
 * kwartiermaker's findings and the AB's go/no-go "voortzetten" ({@link EvaluationAnswers}), and
 * every meeting's agenda items, agenda and minutes ({@link MeetingAnswers}).
 *
 * <p>Where the demo rests ({@link DemoYearEnd#NEXT_YEAR}, the default): the year is completed, its
 * documents (scan report, two rounds of the focus proposal, annual plan, evaluation report) and
 * decisions are retrievable, the next year (e.g. CE-2027) has started with the carried-over
 * municipalities and focus points and waits for its theme scan by the municipalities and the
 * stakeholders' input, and each meeting of the year left one action item open for a municipality.
 * The demo never answers a task of another year. With {@link DemoYearEnd#EXECUTION} it rests with
 * the projects running instead: each project's first result delivered, the others open.
 */
final class DemoYearScript {

  private final DemoYearEnd end;
  private final List<DemoPhase> phases;

  DemoYearScript(LocalDate today, DemoYearEnd end) {
    this.end = end;
    this.phases = List.of(new ScanAnswers(), new FocusAnswers(), new PlanAnswers(today), new ExecutionAnswers(end),
        new EvaluationAnswers(), new MeetingAnswers(today));
  }

  /** Who completes the task and with what, or empty when the demo leaves it to a real user. */
  Optional<Answer> answer(DemoTask task) {
    return phases.stream().map(phase -> phase.answer(task)).flatMap(Optional::stream).findFirst();
  }

  /**
   * Whether the demo has played its part, given where the year and the next one stand. On the first
   * run it waits until the meetings' action items and the next year's scans are all open, so the
   * resting state is complete; after a restart on a completed year, real users may have worked on
   * those tasks, so the completed year and the started next year are enough.
   */
  boolean resting(DemoYearState state) {
    if (!state.meetingsWaitForUsers()) {
      return false;
    }
    return switch (end) {
      case EXECUTION -> state.openThisYear().contains("actiepunt-uitvoeren")
          && state.openThisYear().contains("resultaat-opleveren");
      case NEXT_YEAR -> state.completed() && state.nextYearMunicipalities() > 0 && (state.playedBefore()
          || state.openThisYear().contains("actiepunt-uitvoeren")
          && state.openNextYear().contains("stakeholderinput-geven")
          && Collections.frequency(state.openNextYear(), "themascan-invullen") == state.nextYearMunicipalities());
    };
  }
}
