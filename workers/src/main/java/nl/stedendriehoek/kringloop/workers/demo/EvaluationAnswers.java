package nl.stedendriehoek.kringloop.workers.demo;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The evaluation and the go/no-go: each municipality's position (most continue, two want more,
 * Heerde wants to do less for lack of capacity), the kwartiermaker's findings and advice drawn from
 * those positions, and the AB's decision to continue ("voortzetten") with everyone and every
 * focus point. Expanding is not possible here: all eight municipalities already take part.
 */
final class EvaluationAnswers implements DemoPhase {

  private static final Map<String, String> POSITIONS = Map.of(
      "apeldoorn", "voortzetten", "brummen", "voortzetten", "deventer", "uitbreiden", "epe", "voortzetten",
      "heerde", "afschalen", "lochem", "voortzetten", "voorst", "voortzetten", "zutphen", "uitbreiden");
  private static final Map<String, String> REASONS = Map.of(
      "voortzetten", "De projecten leveren op wat was afgesproken; wij willen de samenwerking zo voortzetten.",
      "uitbreiden", "De resultaten smaken naar meer: wij willen volgend jaar ook circulaire industrie oppakken.",
      "afschalen", "Onze capaciteit is beperkt; wij blijven aangesloten maar kunnen minder uren inzetten.");

  private static final String GO_NO_GO_RATIONALE = "Alle resultaten zijn met bewijs opgeleverd en alle acht "
      + "gemeenten blijven aangesloten. Het AB zet de samenwerking voort met dezelfde gemeenten en focuspunten; "
      + "nieuwe thema's volgen uit de themascan van volgend jaar, en Heerde stemt haar inzet per project af op haar "
      + "capaciteit.";

  @Override
  public Optional<Answer> answer(DemoTask task) {
    return switch (task.elementId()) {
      case "standpunt-innemen" -> task.municipality().map(m -> new Answer(m, Map.of(
          "standpunt", POSITIONS.get(m), "standpuntRedenen", REASONS.get(POSITIONS.get(m)))));
      case "bevindingen-opstellen" -> Optional.of(new Answer("kwartiermaker", Map.of(
          "bevindingen", findings(task), "adviesKwartiermaker", "voortzetten")));
      case "besluit-ab-go-no-go" -> Optional.of(new Answer("ab", Map.of("besluitUitkomst", "voortzetten",
          "besluitMotivering", GO_NO_GO_RATIONALE)));
      default -> Optional.empty();
    };
  }

  /** The findings name how the municipalities stand, counted from their positions on the task. */
  private static String findings(DemoTask task) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Object entry : task.list("standpunten")) {
      if (entry instanceof Map<?, ?> position && position.get("standpunt") != null) {
        counts.merge(String.valueOf(position.get("standpunt")), 1, Integer::sum);
      }
    }
    StringBuilder stand = new StringBuilder();
    counts.forEach((position, count) -> stand.append(stand.isEmpty() ? "" : ", ").append(count).append("× ")
        .append(position));
    return "Alle projecten hebben hun resultaten vóór het jaareinde opgeleverd, met bewijs. Standpunten van de "
        + "gemeenten: " + (stand.isEmpty() ? "geen" : stand) + ". De kwartiermaker adviseert voort te zetten met "
        + "dezelfde focuspunten en de inzet per gemeente in het nieuwe jaarplan af te stemmen op de capaciteit.";
  }
}
