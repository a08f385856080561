package nl.stedendriehoek.kringloop.workers.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.stedendriehoek.kringloop.workers.decision.DecisionOutcome;

/**
 * Whether the AB's go/no-go and what it carries over fit together: continuing keeps everyone and
 * every focus point, expanding adds municipalities, scaling down keeps fewer municipalities or
 * focus points (and every kept point's lead stays), stopping carries nothing.
 */
final class GoNoGoCheck {

  /** What the next year starts with: its municipalities and the positions of the kept focus points. */
  record CarryOver(List<String> municipalities, List<Integer> focusPoints) {}

  record Outcome(Optional<CarryOver> carryOver, List<String> errors) {}

  private GoNoGoCheck() {}

  /** {@code leads}: the lead municipality per focus point position of this year. */
  static Outcome check(Optional<DecisionOutcome> decision, List<String> current, List<String> chosenMunicipalities,
      Map<Integer, String> leads, List<Integer> chosenFocusPoints) {
    List<String> errors = new ArrayList<>();
    if (decision.isEmpty() || !Set.of(DecisionOutcome.VOORTZETTEN, DecisionOutcome.UITBREIDEN,
        DecisionOutcome.AFSCHALEN, DecisionOutcome.STOPPEN).contains(decision.get())) {
      return new Outcome(Optional.empty(), List.of("Kies voortzetten, uitbreiden, afschalen of stoppen."));
    }
    Set<String> now = new TreeSet<>(current);
    Set<String> next = chosenMunicipalities.isEmpty() ? now : new TreeSet<>(chosenMunicipalities);
    Set<Integer> allPoints = new TreeSet<>(leads.keySet());
    Set<Integer> points = chosenFocusPoints.isEmpty() ? allPoints : new TreeSet<>(chosenFocusPoints);
    if (!allPoints.containsAll(points)) {
      errors.add("Kies alleen focuspunten van dit jaar.");
    }
    switch (decision.get()) {
      case VOORTZETTEN -> {
        if (!next.equals(now) || !points.equals(allPoints)) {
          errors.add("Bij voortzetten gaan alle gemeenten en focuspunten door; kies anders uitbreiden of afschalen.");
        }
      }
      case UITBREIDEN -> {
        if (!next.containsAll(now) || next.size() == now.size()) {
          errors.add("Bij uitbreiden komen er gemeenten bij en valt er geen af.");
        }
        if (!points.equals(allPoints)) {
          errors.add("Bij uitbreiden gaan alle focuspunten door; nieuwe thema's volgen uit de themascan.");
        }
      }
      case AFSCHALEN -> {
        if (!now.containsAll(next) || next.isEmpty() || points.isEmpty()) {
          errors.add("Bij afschalen blijft een deel van de gemeenten en focuspunten over, en komt er niemand bij.");
        } else if (next.size() == now.size() && points.size() == allPoints.size()) {
          errors.add("Bij afschalen vallen er gemeenten of focuspunten af.");
        }
      }
      default -> {
        return new Outcome(Optional.empty(), errors);
      }
    }
    for (Integer point : points) {
      String lead = leads.get(point);
      if (lead != null && !next.contains(lead)) {
        errors.add("Focuspunt " + point + ": de trekker (" + lead + ") doet volgend jaar niet mee.");
      }
    }
    return errors.isEmpty()
        ? new Outcome(Optional.of(new CarryOver(List.copyOf(next), List.copyOf(points))), List.of())
        : new Outcome(Optional.empty(), errors);
  }
}
