package nl.stedendriehoek.kringloop.workers.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's view of one theme after the scan: how relevant on average, who wants to lead or
 * join, and how many hours are on offer. {@link #asVariables()} is the shape the DMN table {@code
 * thema-classificatie} reads.
 */
public record ThemeScore(
    int theme,
    String themeName,
    double averageRelevance,
    int scans,
    List<String> leads,
    List<String> participants,
    List<String> followers,
    int capacityHours,
    int rank) {

  ThemeScore ranked(int newRank) {
    return new ThemeScore(
        theme,
        themeName,
        averageRelevance,
        scans,
        leads,
        participants,
        followers,
        capacityHours,
        newRank);
  }

  public Map<String, Object> asVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("thema", theme);
    variables.put("themaNaam", themeName);
    variables.put("gemiddeldeRelevantie", averageRelevance);
    variables.put("aantalScans", scans);
    variables.put("trekkers", leads);
    variables.put("aantalTrekkers", leads.size());
    variables.put("deelnemers", participants);
    variables.put("aantalBetrokken", leads.size() + participants.size());
    variables.put("volgers", followers);
    variables.put("capaciteitUren", capacityHours);
    variables.put("rang", rank);
    return variables;
  }
}
