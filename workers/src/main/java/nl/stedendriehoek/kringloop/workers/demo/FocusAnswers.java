package nl.stedendriehoek.kringloop.workers.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;

/**
 * The focus proposal: the kwartiermaker's three focus points, the municipalities' advice, the
 * aldermen, and an AB that sends the first round back with feedback and adopts the second.
 */
final class FocusAnswers implements DemoPhase {

  static final String FEEDBACK = "Betrek Circulus expliciet bij het materialendepot en maak het inkoopproject "
      + "concreet: welke productgroepen, welke gemeenten, welk resultaat eind dit jaar?";

  @Override
  public Optional<Answer> answer(DemoTask task) {
    boolean firstRound = round(task) == 1;
    return switch (task.elementId()) {
      case "focusvoorstel-opstellen" -> Optional.of(new Answer("kwartiermaker",
          Map.of("focuspunten", proposal("afgewezen".equals(task.text("besluitUitkomst"))))));
      case "ambtelijk-advies-geven" -> task.municipality().map(m -> new Answer(m, advice(m)));
      case "voorstel-bespreken" -> Optional.of(new Answer("bestuurder", firstRound
          ? Map.of("bespreekverslag", "De bestuurders steunen de richting; het materialendepot en de inkoop vragen "
              + "meer uitwerking.", "aanbevelingBestuurders", "afwijzen")
          : Map.of("bespreekverslag", "De feedback van het AB is verwerkt; de bestuurders steunen het voorstel.",
              "aanbevelingBestuurders", "goedkeuren")));
      case "besluit-ab-focuspunten" -> Optional.of(new Answer("ab", firstRound
          ? Map.of("besluitUitkomst", "afgewezen", "besluitMotivering", FEEDBACK)
          : Map.of("besluitUitkomst", "goedgekeurd", "besluitMotivering", "De feedback is verwerkt; het AB stelt de"
              + " drie focuspunten vast.")));
      default -> Optional.empty();
    };
  }

  private static int round(DemoTask task) {
    Integer round = ProcessVariables.integer(task.variables(), "voorstelRonde");
    return round == null ? 1 : round;
  }

  private static Map<String, Object> advice(String municipality) {
    boolean remarks = municipality.equals("heerde") || municipality.equals("brummen");
    return Map.of(
        "advies", remarks ? "steunen-met-opmerkingen" : "steunen",
        "adviesToelichting", remarks ? "Wij doen mee, maar onze capaciteit is beperkt." : "Sluit aan bij ons beleid.",
        "deelnameBevestigd", true);
  }

  private static List<Map<String, Object>> proposal(boolean revised) {
    Map<String, Object> schools = point("4", "Circulaire schoolgebouwen: gezamenlijke aanbesteding van biobased "
        + "onderwijshuisvesting", "deventer", List.of("deventer", "apeldoorn", "lochem", "zutphen"), List.of(), null,
        List.of("3", "6"));
    if (revised) {
      return List.of(schools,
          point("3", "Gedeeld materialendepot voor de openbare ruimte, samen met Circulus", "apeldoorn",
              List.of("apeldoorn", "epe", "voorst"), List.of("heerde"),
              "Heerde levert vrijkomende materialen aan; Circulus beheert de inzameling.", List.of("5", "7")),
          point("2", "Circulair inkopen: gezamenlijke criteria voor meubilair en bedrijfskleding", "zutphen",
              List.of("zutphen", "brummen", "deventer"), List.of(), null, List.of("3", "9")));
    }
    return List.of(schools,
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
}
