package nl.stedendriehoek.kringloop.workers.focus;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;

/**
 * One focus point as the kwartiermaker filled it in (form variable {@code focuspunten}), before
 * validation. Absent or malformed values read as null or empty, for the validator to report.
 */
public record FocusPointDraft(
    Integer theme,
    String projectIdea,
    String lead,
    List<String> participants,
    List<String> partParticipants,
    String parts,
    List<Integer> objectives) {

  public static FocusPointDraft fromVariables(Map<String, Object> point) {
    return new FocusPointDraft(
        ProcessVariables.integer(point, "thema"),
        ProcessVariables.text(point, "projectidee"),
        ProcessVariables.text(point, "trekker"),
        ProcessVariables.texts(point, "deelnemers"),
        ProcessVariables.texts(point, "deelnemersOpOnderdelen"),
        ProcessVariables.text(point, "onderdelen"),
        ProcessVariables.integers(point, "doelstellingen"));
  }
}
