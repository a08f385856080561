package nl.stedendriehoek.kringloop.workers.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The projects' execution: each project's lead delivers its results with evidence, so every
 * project finishes early (the year-end timer does not fire during a demo). Resting at the
 * execution, only the first result of each project is delivered.
 */
final class ExecutionAnswers implements DemoPhase {

  private final DemoYearEnd end;

  ExecutionAnswers(DemoYearEnd end) {
    this.end = end;
  }

  @Override
  public Optional<Answer> answer(DemoTask task) {
    if (!task.elementId().equals("resultaat-opleveren")) {
      return Optional.empty();
    }
    Map<?, ?> project = task.map("project");
    Map<?, ?> result = task.map("resultaat");
    boolean first = isFirst(project, result);
    if (end == DemoYearEnd.EXECUTION && !first) {
      return Optional.empty();
    }
    return Optional.of(new Answer(String.valueOf(project.get("trekker")), Map.of("bewijs", evidence(project, result,
        first))));
  }

  private static boolean isFirst(Map<?, ?> project, Map<?, ?> result) {
    List<?> results = project.get("resultaten") instanceof List<?> list ? list : List.of();
    return !results.isEmpty() && results.get(0) instanceof Map<?, ?> firstResult
        && Objects.equals(String.valueOf(firstResult.get("resultaatId")), String.valueOf(result.get("resultaatId")));
  }

  private static String evidence(Map<?, ?> project, Map<?, ?> result, boolean first) {
    return first
        ? "Startnotitie vastgesteld in de projectgroep; de werkafspraken zijn gedeeld met de deelnemers."
        : result.get("omschrijving") + " voor " + project.get("titel") + ": opgeleverd, met de deelnemende "
            + "gemeenten geëvalueerd en gedeeld op de kennisbank van de samenwerking.";
  }
}
