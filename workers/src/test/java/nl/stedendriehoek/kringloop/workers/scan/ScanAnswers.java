package nl.stedendriehoek.kringloop.workers.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scan form answers ({@code antwoorden}) as the form submits them: one entry per theme. */
public final class ScanAnswers {

  private ScanAnswers() {}

  /** Six answers; {@code relevance[i]} and {@code roles[i]} for theme i + 1. */
  public static List<Map<String, Object>> of(int[] relevance, String[] roles) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int theme = 1; theme <= 6; theme++) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("thema", theme);
      answer.put("themaNaam", "Thema " + theme);
      answer.put("relevantie", relevance[theme - 1]);
      answer.put("rol", roles[theme - 1]);
      answer.put("huidigBeleid", "Beleid " + theme);
      answer.put("ambitie", "Ambitie " + theme);
      answer.put("capaciteitUren", 10 * theme);
      answers.add(answer);
    }
    return answers;
  }

  public static List<Map<String, Object>> uniform(int relevance, String role) {
    return of(
        new int[] {relevance, relevance, relevance, relevance, relevance, relevance},
        new String[] {role, role, role, role, role, role});
  }
}
