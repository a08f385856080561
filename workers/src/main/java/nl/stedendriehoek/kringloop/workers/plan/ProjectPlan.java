package nl.stedendriehoek.kringloop.workers.plan;

import java.time.LocalDate;
import java.util.List;

/** A project plan as the lead municipality and the kwartiermaker wrote it, read and checked. */
public record ProjectPlan(
    int position,
    int theme,
    String title,
    String goals,
    String lead,
    List<PlannedResult> results,
    int budgetEuros,
    int hours,
    List<String> participants,
    List<Integer> objectives) {

  public record PlannedResult(String description, LocalDate dueDate) {}
}
