package nl.stedendriehoek.kringloop.workers.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.reference.Theme;

/**
 * Reads the scan form's answers ({@code antwoorden}: one entry per theme) and collects every
 * problem, in Dutch and naming the theme, so the municipality can fix them all at once.
 */
final class ScanAnswerReader {

  private final Map<Integer, Theme> themes;
  private final List<String> errors = new ArrayList<>();

  ScanAnswerReader(List<Theme> themes) {
    this.themes = new TreeMap<>();
    themes.forEach(theme -> this.themes.put(theme.number(), theme));
  }

  List<String> errors() {
    return errors;
  }

  List<ScanAnswer> read(List<Map<String, Object>> answers) {
    Map<Integer, ScanAnswer> byTheme = new TreeMap<>();
    for (Map<String, Object> answer : answers == null ? List.<Map<String, Object>>of() : answers) {
      Integer theme = ProcessVariables.integer(answer, "thema");
      if (theme == null || !themes.containsKey(theme)) {
        errors.add("Onbekend thema: '" + answer.get("thema") + "'.");
      } else if (byTheme.containsKey(theme)) {
        errors.add(label(theme) + ": dit thema is twee keer ingevuld.");
      } else {
        readOne(theme, answer).ifPresent(read -> byTheme.put(theme, read));
      }
    }
    themes.keySet().stream()
        .filter(
            theme ->
                !byTheme.containsKey(theme)
                    && errors.stream().noneMatch(e -> e.startsWith(label(theme))))
        .forEach(theme -> errors.add(label(theme) + ": nog niet ingevuld."));
    return List.copyOf(byTheme.values());
  }

  private Optional<ScanAnswer> readOne(int theme, Map<String, Object> answer) {
    int before = errors.size();
    Integer relevance = ProcessVariables.integer(answer, "relevantie");
    if (relevance == null || relevance < 1 || relevance > 5) {
      errors.add(label(theme) + ": relevantie moet een geheel getal van 1 tot en met 5 zijn.");
    }
    Integer capacity = ProcessVariables.integer(answer, "capaciteitUren");
    if (capacity == null) {
      capacity = 0;
    } else if (capacity < 0) {
      errors.add(label(theme) + ": beschikbare capaciteit kan niet negatief zijn.");
    }
    Optional<ScanRole> role = ScanRole.fromFormValue(ProcessVariables.text(answer, "rol"));
    if (role.isEmpty()) {
      errors.add(label(theme) + ": kies een rol (trekker, deelnemer, volger of niet).");
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new ScanAnswer(
            theme,
            relevance,
            ProcessVariables.text(answer, "huidigBeleid"),
            ProcessVariables.text(answer, "ambitie"),
            capacity,
            role.get()));
  }

  private String label(int theme) {
    return "Thema " + theme + " (" + themes.get(theme).name() + ")";
  }
}
