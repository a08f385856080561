package nl.stedendriehoek.kringloop.year;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What users submit in the year's forms, as the Tasklist sends it (the form fields' keys). */
final class YearForms {

  private YearForms() {}

  /** A theme scan: the same relevance and role for the six themes, building one point higher. */
  static Map<String, Object> scan(int relevance, String role) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int theme = 1; theme <= 6; theme++) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("thema", theme);
      answer.put("relevantie", theme == 4 ? relevance : Math.max(1, relevance - 1));
      answer.put("rol", role);
      answer.put("huidigBeleid", "Beleid voor thema " + theme);
      answer.put("ambitie", "Ambitie voor thema " + theme);
      answer.put("capaciteitUren", 40);
      answers.add(answer);
    }
    return Map.of("antwoorden", answers);
  }

  static Map<String, Object> stakeholderInput() {
    return Map.of(
        "stakeholderOrganisatie", "Circulus",
        "stakeholderThemas", List.of("2", "3"),
        "stakeholderInput", "Circulus biedt de ambachtscentra aan als materialendepot.");
  }

  static Map<String, Object> focusPoint(String theme, String idea, String lead, List<String> participants) {
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("thema", theme);
    point.put("projectidee", idea);
    point.put("trekker", lead);
    point.put("deelnemers", participants);
    point.put("deelnemersOpOnderdelen", List.of());
    point.put("onderdelen", null);
    point.put("doelstellingen", List.of("3", "5"));
    return point;
  }

  /** The project plan of the adopted focus point: two results this year, Deventer and Zutphen. */
  static Map<String, Object> projectPlan(java.time.LocalDate today) {
    return Map.of(
        "projectTitel", "Circulaire schoolgebouwen",
        "projectDoelen", "Twee scholen biobased aanbesteden en de aanpak delen.",
        "projectResultaten", List.of(
            Map.of("omschrijving", "Gezamenlijke aanbesteding gepubliceerd", "deadline", today.plusMonths(2).toString()),
            Map.of("omschrijving", "Handreiking circulaire schoolbouw", "deadline", today.plusMonths(5).toString())),
        "projectBudget", 40000,
        "projectUren", 600,
        "projectDeelnemers", List.of("deventer", "zutphen"),
        "projectDoelstellingen", List.of("3", "6"));
  }

  static Map<String, Object> advice(String advice) {
    return Map.of("advies", advice, "adviesToelichting", "Past bij onze ambities.", "deelnameBevestigd", true);
  }

  static Map<String, Object> aldermen(String recommendation) {
    return Map.of("bespreekverslag", "Besproken in het bestuurlijk overleg.", "aanbevelingBestuurders",
        recommendation);
  }

  /** The AB's decision completed by {@code username}: the Tasklist adds {@code voltooidDoor} as here. */
  static Map<String, Object> goNoGo(String outcome, List<String> municipalities, List<String> focusPoints) {
    Map<String, Object> decision = decision(outcome, "Besluit na de evaluatie.", null, "ab");
    decision.put("gemeentenVolgendJaar", municipalities);
    decision.put("focuspuntenVolgendJaar", focusPoints);
    return decision;
  }

  static Map<String, Object> decision(String outcome, String rationale, String changes, String username) {
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("besluitUitkomst", outcome);
    decision.put("besluitMotivering", rationale);
    decision.put("besluitWijzigingen", changes);
    decision.put("voltooidDoor", username);
    return decision;
  }
}
