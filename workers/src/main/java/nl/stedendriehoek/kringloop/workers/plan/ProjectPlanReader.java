package nl.stedendriehoek.kringloop.workers.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;

/**
 * Reads the project plan form ({@code projectTitel}, {@code projectDoelen}, {@code
 * projectResultaten}, {@code projectBudget}, {@code projectUren}, {@code projectDeelnemers}, {@code
 * projectDoelstellingen}) for one adopted focus point and lists what is wrong, in Dutch.
 */
final class ProjectPlanReader {

  record Reading(ProjectPlan plan, List<String> errors) {}

  private ProjectPlanReader() {}

  static Reading read(Map<String, Object> focusPoint, Map<String, Object> form, LocalDate yearEnd,
      Set<String> municipalities) {
    List<String> errors = new ArrayList<>();
    Integer position = ProcessVariables.integer(focusPoint, "positie");
    Integer theme = ProcessVariables.integer(focusPoint, "thema");
    String lead = ProcessVariables.text(focusPoint, "trekker");
    if (position == null || theme == null || lead == null) {
      throw new IllegalArgumentException("focuspunt needs positie, thema and trekker, got " + focusPoint);
    }
    String title = ProcessVariables.text(form, "projectTitel");
    if (title == null || title.length() > 200) {
      errors.add("Geef het project een titel van hoogstens 200 tekens.");
    }
    String goals = ProcessVariables.text(form, "projectDoelen");
    if (goals == null) {
      errors.add("Beschrijf de doelen van het project.");
    }
    List<ProjectPlan.PlannedResult> results = results(form.get("projectResultaten"), yearEnd, errors);
    Integer budget = ProcessVariables.integer(form, "projectBudget");
    Integer hours = ProcessVariables.integer(form, "projectUren");
    if (budget == null || budget < 0 || hours == null || hours < 0) {
      errors.add("Budget (euro) en uren zijn hele getallen van 0 of meer.");
    }
    List<String> participants = ProcessVariables.texts(form, "projectDeelnemers");
    participants.stream().filter(code -> !municipalities.contains(code))
        .forEach(code -> errors.add("Onbekende gemeente: '" + code + "'."));
    if (!participants.contains(lead)) {
      errors.add("De trekkende gemeente (" + lead + ") moet aan het project deelnemen.");
    }
    List<Integer> objectives = ProcessVariables.integers(form, "projectDoelstellingen");
    if (objectives.isEmpty() || objectives.stream().anyMatch(n -> n < 1 || n > 9)) {
      errors.add("Kies minstens één doelstelling (1 tot en met 9) die het project dient.");
    }
    ProjectPlan plan = errors.isEmpty()
        ? new ProjectPlan(position, theme, title, goals, lead, results, budget, hours,
            participants.stream().distinct().toList(), objectives.stream().distinct().toList())
        : null;
    return new Reading(plan, errors);
  }

  private static List<ProjectPlan.PlannedResult> results(Object value, LocalDate yearEnd, List<String> errors) {
    List<ProjectPlan.PlannedResult> results = new ArrayList<>();
    List<?> entries = value instanceof List<?> list ? list : List.of();
    if (entries.isEmpty()) {
      errors.add("Plan minstens één concreet resultaat met een datum.");
    }
    int number = 0;
    for (Object entry : entries) {
      number++;
      Map<?, ?> result = entry instanceof Map<?, ?> map ? map : Map.of();
      String description = ProcessVariables.text(result.get("omschrijving"));
      String due = ProcessVariables.text(result.get("deadline"));
      if (description == null || description.length() > 500) {
        errors.add("Resultaat " + number + ": geef een omschrijving van hoogstens 500 tekens.");
      }
      LocalDate dueDate = null;
      try {
        dueDate = due == null ? null : LocalDate.parse(due.substring(0, Math.min(10, due.length())));
      } catch (DateTimeParseException notADate) {
        // reported below
      }
      if (dueDate == null) {
        errors.add("Resultaat " + number + ": geef een datum (jjjj-mm-dd).");
      } else if (dueDate.isAfter(yearEnd)) {
        errors.add("Resultaat " + number + ": de datum ligt na het jaareinde (" + yearEnd + ").");
      }
      results.add(new ProjectPlan.PlannedResult(description, dueDate));
    }
    return results;
  }
}
