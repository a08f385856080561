package nl.stedendriehoek.kringloop.workers.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated participants of the demo year answer, task by task: eight municipalities with
 * their own scan, the stakeholders, the kwartiermaker's first proposal (three focus points), the
 * advice, the aldermen, and an AB that sends the proposal back with feedback. The demo then stops,
 * with the kwartiermaker's next round open in the Tasklist.
 */
final class DemoYearScript {

  /** Relevance per theme (1 to 6) and the theme each municipality wants to lead, if any. */
  private static final Map<String, int[]> RELEVANCE = Map.of(
      "apeldoorn", new int[] {4, 3, 5, 4, 3, 4},
      "brummen", new int[] {3, 4, 2, 3, 2, 1},
      "deventer", new int[] {4, 4, 3, 5, 4, 3},
      "epe", new int[] {2, 3, 4, 3, 2, 2},
      "heerde", new int[] {2, 2, 4, 3, 3, 1},
      "lochem", new int[] {3, 3, 2, 4, 4, 2},
      "voorst", new int[] {3, 2, 4, 3, 2, 3},
      "zutphen", new int[] {4, 5, 3, 4, 3, 2});
  private static final Map<String, Integer> LEADS = Map.of("apeldoorn", 3, "deventer", 4, "zutphen", 2);

  static final String FEEDBACK = "Betrek Circulus expliciet bij het materialendepot en maak het inkoopproject "
      + "concreet: welke productgroepen, welke gemeenten, welk resultaat eind dit jaar?";

  /** The demo has played its part when the kwartiermaker is asked for a new round after the AB's feedback. */
  boolean finished(String elementId, Map<String, Object> variables) {
    return "focusvoorstel-opstellen".equals(elementId) && variables.get("besluitUitkomst") != null;
  }

  /** Who completes the task and with what, or empty when the demo leaves it to a real user. */
  Optional<Answer> answer(String elementId, List<String> candidateGroups, Map<String, Object> variables) {
    return switch (elementId) {
      case "themascan-invullen" -> municipality(candidateGroups).map(m -> new Answer(m, scan(m)));
      case "stakeholderinput-geven" -> Optional.of(new Answer("stakeholder", stakeholderInput()));
      case "focusvoorstel-opstellen" -> finished(elementId, variables)
          ? Optional.empty() : Optional.of(new Answer("kwartiermaker", Map.of("focuspunten", proposal())));
      case "ambtelijk-advies-geven" -> municipality(candidateGroups).map(m -> new Answer(m, advice(m)));
      case "voorstel-bespreken" -> Optional.of(new Answer("bestuurder", Map.of(
          "bespreekverslag", "De bestuurders steunen de richting; het materialendepot en de inkoop vragen meer "
              + "uitwerking.",
          "aanbevelingBestuurders", "afwijzen")));
      case "besluit-ab-focuspunten" -> Optional.of(new Answer("ab", Map.of(
          "besluitUitkomst", "afgewezen", "besluitMotivering", FEEDBACK)));
      default -> Optional.empty();
    };
  }

  record Answer(String username, Map<String, Object> variables) {}

  private static Optional<String> municipality(List<String> candidateGroups) {
    return candidateGroups.stream().filter(g -> g.startsWith("gemeente-")).map(g -> g.substring(9))
        .filter(RELEVANCE::containsKey).findFirst();
  }

  private static Map<String, Object> scan(String municipality) {
    int[] relevance = RELEVANCE.get(municipality);
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int theme = 1; theme <= 6; theme++) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("thema", theme);
      answer.put("relevantie", relevance[theme - 1]);
      answer.put("rol", LEADS.getOrDefault(municipality, 0) == theme ? "trekker"
          : relevance[theme - 1] >= 4 ? "deelnemer" : relevance[theme - 1] >= 3 ? "volger" : "niet");
      answer.put("huidigBeleid", relevance[theme - 1] >= 4 ? "Vastgesteld beleid, uitvoering loopt." : "Nog geen "
          + "specifiek beleid.");
      answer.put("ambitie", relevance[theme - 1] >= 4 ? "Regionaal samen opschalen." : "Volgen wat de regio doet.");
      answer.put("capaciteitUren", relevance[theme - 1] * 40);
      answers.add(answer);
    }
    return Map.of("antwoorden", answers);
  }

  private static Map<String, Object> stakeholderInput() {
    return Map.of(
        "stakeholderOrganisatie", "Circulus",
        "stakeholderThemas", List.of("2", "3"),
        "stakeholderInput", "Circulus stelt de circulaire ambachtscentra beschikbaar als inzamelpunt en "
            + "materialendepot, en denkt mee over inkoopcriteria voor hergebruikte materialen.");
  }

  private static List<Map<String, Object>> proposal() {
    return List.of(
        point("4", "Circulaire schoolgebouwen: gezamenlijke aanbesteding van biobased onderwijshuisvesting",
            "deventer", List.of("deventer", "apeldoorn", "lochem", "zutphen"), List.of(), null, List.of("3", "6")),
        point("3", "Gedeeld materialendepot voor de openbare ruimte", "apeldoorn",
            List.of("apeldoorn", "epe", "voorst"), List.of("heerde"),
            "Heerde levert vrijkomende materialen aan, maar beheert het depot niet.", List.of("5", "7")),
        point("2", "Circulair inkopen: gezamenlijke inkoopcriteria", "zutphen",
            List.of("zutphen", "brummen", "deventer"), List.of(), null, List.of("3", "9")));
  }

  private static Map<String, Object> point(String theme, String idea, String lead, List<String> participants,
      List<String> onParts, String parts, List<String> objectives) {
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("thema", theme);
    point.put("projectidee", idea);
    point.put("trekker", lead);
    point.put("deelnemers", participants);
    point.put("deelnemersOpOnderdelen", onParts);
    point.put("onderdelen", parts);
    point.put("doelstellingen", objectives);
    return point;
  }

  private static Map<String, Object> advice(String municipality) {
    boolean remarks = municipality.equals("heerde") || municipality.equals("brummen");
    return Map.of(
        "advies", remarks ? "steunen-met-opmerkingen" : "steunen",
        "adviesToelichting", remarks ? "Wij doen mee, maar onze capaciteit is beperkt." : "Sluit aan bij ons beleid.",
        "deelnameBevestigd", true);
  }
}
