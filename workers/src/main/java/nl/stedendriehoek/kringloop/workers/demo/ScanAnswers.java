package nl.stedendriehoek.kringloop.workers.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The theme scan: each municipality's own relevance, roles and capacity; Circulus's input. */
final class ScanAnswers implements DemoPhase {

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

  @Override
  public Optional<Answer> answer(DemoTask task) {
    return switch (task.elementId()) {
      case "themascan-invullen" -> task.municipality().map(m -> new Answer(m, scan(m)));
      case "stakeholderinput-geven" -> Optional.of(new Answer("stakeholder", stakeholderInput()));
      default -> Optional.empty();
    };
  }

  private static Map<String, Object> scan(String municipality) {
    int[] relevance = RELEVANCE.get(municipality);
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int theme = 1; theme <= 6; theme++) {
      int score = relevance[theme - 1];
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("thema", theme);
      answer.put("relevantie", score);
      answer.put("rol", LEADS.getOrDefault(municipality, 0) == theme ? "trekker"
          : score >= 4 ? "deelnemer" : score >= 3 ? "volger" : "niet");
      answer.put("huidigBeleid", score >= 4 ? "Vastgesteld beleid, uitvoering loopt." : "Nog geen specifiek beleid.");
      answer.put("ambitie", score >= 4 ? "Regionaal samen opschalen." : "Volgen wat de regio doet.");
      answer.put("capaciteitUren", score * 40);
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
}
