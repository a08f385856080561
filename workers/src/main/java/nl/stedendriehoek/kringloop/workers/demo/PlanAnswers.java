package nl.stedendriehoek.kringloop.workers.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The annual plan: the kwartiermaker's project plan per focus point and the AB's approval. */
final class PlanAnswers implements DemoPhase {

  private final LocalDate today;

  PlanAnswers(LocalDate today) {
    this.today = today;
  }

  @Override
  public Optional<Answer> answer(DemoTask task) {
    return switch (task.elementId()) {
      case "projectplan-opstellen" -> Optional.of(new Answer("kwartiermaker", projectPlan(task.map("focuspunt"))));
      case "besluit-ab-jaarplan" -> Optional.of(new Answer("ab", Map.of("besluitUitkomst", "goedgekeurd",
          "besluitMotivering", "De projecten zijn concreet en passen bij de focuspunten.")));
      default -> Optional.empty();
    };
  }

  private Map<String, Object> projectPlan(Map<?, ?> point) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("projectTitel", point.get("projectidee"));
    plan.put("projectDoelen", "Samen met de deelnemende gemeenten een eerste regionale toepassing realiseren en de "
        + "aanpak delen.");
    plan.put("projectResultaten", List.of(
        Map.of("omschrijving", "Startnotitie en werkafspraken", "deadline", today.plusMonths(2).toString()),
        Map.of("omschrijving", "Eerste toepassing opgeleverd", "deadline", today.plusMonths(8).toString())));
    plan.put("projectBudget", 50000);
    plan.put("projectUren", 800);
    plan.put("projectDeelnemers", point.get("deelnemers"));
    plan.put("projectDoelstellingen", point.get("doelstellingen"));
    return plan;
  }
}
