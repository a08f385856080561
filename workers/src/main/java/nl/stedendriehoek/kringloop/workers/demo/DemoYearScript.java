package nl.stedendriehoek.kringloop.workers.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated participants of the demo year answer, task by task: eight municipalities with
 * their own scan, the stakeholders, the kwartiermaker's first proposal (three focus points), the
 * advice, the aldermen, an AB that sends the first round back with feedback and approves the second,
 * the project plans, the AB's meeting (agenda items, agenda, minutes with an action item) and its
 * approval of the annual plan, and the first result of each project. The demo then rests with the
 * year in execution: the other results and the action item are open in the Tasklist.
 */
final class DemoYearScript {

  private final LocalDate today;

  DemoYearScript(LocalDate today) {
    this.today = today;
  }

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

  /**
   * The demo has played its part once the projects run and the AB's meeting handed out its action
   * item: it leaves the remaining results and the action item to real users.
   */
  boolean resting(java.util.Collection<String> openElements) {
    return openElements.contains("resultaat-opleveren") && openElements.contains("actiepunt-uitvoeren");
  }

  /** Who completes the task and with what, or empty when the demo leaves it to a real user. */
  Optional<Answer> answer(String elementId, List<String> candidateGroups, Map<String, Object> variables) {
    return switch (elementId) {
      case "themascan-invullen" -> municipality(candidateGroups).map(m -> new Answer(m, scan(m)));
      case "stakeholderinput-geven" -> Optional.of(new Answer("stakeholder", stakeholderInput()));
      case "focusvoorstel-opstellen" -> Optional.of(new Answer("kwartiermaker",
          Map.of("focuspunten", proposal("afgewezen".equals(variables.get("besluitUitkomst"))))));
      case "ambtelijk-advies-geven" -> municipality(candidateGroups).map(m -> new Answer(m, advice(m)));
      case "voorstel-bespreken" -> Optional.of(new Answer("bestuurder", round(variables) == 1
          ? Map.of("bespreekverslag", "De bestuurders steunen de richting; het materialendepot en de inkoop vragen "
              + "meer uitwerking.", "aanbevelingBestuurders", "afwijzen")
          : Map.of("bespreekverslag", "De feedback van het AB is verwerkt; de bestuurders steunen het voorstel.",
              "aanbevelingBestuurders", "goedkeuren")));
      case "besluit-ab-focuspunten" -> Optional.of(new Answer("ab", round(variables) == 1
          ? Map.of("besluitUitkomst", "afgewezen", "besluitMotivering", FEEDBACK)
          : Map.of("besluitUitkomst", "goedgekeurd", "besluitMotivering", "De feedback is verwerkt; het AB stelt de"
              + " drie focuspunten vast.")));
      case "projectplan-opstellen" -> Optional.of(new Answer("kwartiermaker", projectPlan(variables)));
      case "agendapunt-aandragen" -> candidateGroups.stream().findFirst().map(group -> new Answer(user(group),
          Map.of("agendapunt", "Jaarplan: " + group + " wil de planning van de resultaten bespreken.")));
      case "agenda-opstellen" -> Optional.of(new Answer("kwartiermaker", Map.of("agenda",
          "1. Opening\n2. Jaarplan en projectplannen\n3. Besluit over het jaarplan\n4. Rondvraag")));
      case "notulen-opstellen" -> focusMeeting(variables) ? Optional.of(new Answer("kwartiermaker", Map.of(
          "notulen", "De bestuurders bespraken het focusvoorstel en het ambtelijk advies.",
          "besluiten", "De aanbeveling van de bestuurders gaat mee naar het AB.", "actiepunten", List.of())))
          : Optional.of(new Answer("kwartiermaker", Map.of(
          "notulen", "Het AB besprak de drie projectplannen.",
          "besluiten", "Het jaarplan wordt goedgekeurd.",
          "actiepunten", List.of(Map.of("omschrijving", "Begroting materialendepot met Circulus uitwerken",
              "eigenaar", "apeldoorn", "deadline", today.plusMonths(1).toString())))));
      case "besluit-ab-jaarplan" -> Optional.of(new Answer("ab", Map.of("besluitUitkomst", "goedgekeurd",
          "besluitMotivering", "De projecten zijn concreet en passen bij de focuspunten.")));
      case "resultaat-opleveren" -> firstResult(variables)
          ? Optional.of(new Answer(lead(variables), Map.of("bewijs", "Opgeleverd en gedeeld met de deelnemers.")))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  record Answer(String username, Map<String, Object> variables) {}

  /** The meeting before the AB's focus decision; its minutes hand out no action item, the annual plan's do. */
  private static boolean focusMeeting(Map<String, Object> variables) {
    return String.valueOf(variables.get("overlegOnderwerp")).startsWith("Focusvoorstel");
  }

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

  private static int round(Map<String, Object> variables) {
    Integer round = nl.stedendriehoek.kringloop.workers.ProcessVariables.integer(variables, "voorstelRonde");
    return round == null ? 1 : round;
  }

  private static String user(String group) {
    return switch (group) {
      case "ab" -> "ab";
      case "bestuurders" -> "bestuurder";
      case "stakeholders" -> "stakeholder";
      default -> group.startsWith("gemeente-") ? group.substring(9) : group;
    };
  }

  private Map<String, Object> projectPlan(Map<String, Object> variables) {
    Map<?, ?> point = (Map<?, ?>) variables.get("focuspunt");
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

  private static boolean firstResult(Map<String, Object> variables) {
    Map<?, ?> project = (Map<?, ?>) variables.get("project");
    Map<?, ?> result = (Map<?, ?>) variables.get("resultaat");
    List<?> results = project == null ? List.of() : (List<?>) project.get("resultaten");
    return result != null && !results.isEmpty()
        && String.valueOf(((Map<?, ?>) results.get(0)).get("resultaatId")).equals(String.valueOf(result.get("resultaatId")));
  }

  private static String lead(Map<String, Object> variables) {
    return String.valueOf(((Map<?, ?>) variables.get("project")).get("trekker"));
  }

  private static List<Map<String, Object>> proposal(boolean revised) {
    if (revised) {
      return List.of(
          point("4", "Circulaire schoolgebouwen: gezamenlijke aanbesteding van biobased onderwijshuisvesting",
              "deventer", List.of("deventer", "apeldoorn", "lochem", "zutphen"), List.of(), null, List.of("3", "6")),
          point("3", "Gedeeld materialendepot voor de openbare ruimte, samen met Circulus", "apeldoorn",
              List.of("apeldoorn", "epe", "voorst"), List.of("heerde"),
              "Heerde levert vrijkomende materialen aan; Circulus beheert de inzameling.", List.of("5", "7")),
          point("2", "Circulair inkopen: gezamenlijke criteria voor meubilair en bedrijfskleding", "zutphen",
              List.of("zutphen", "brummen", "deventer"), List.of(), null, List.of("3", "9")));
    }
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
