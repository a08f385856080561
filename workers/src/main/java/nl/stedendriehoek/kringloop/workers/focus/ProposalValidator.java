package nl.stedendriehoek.kringloop.workers.focus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import nl.stedendriehoek.kringloop.workers.year.Year;
import org.springframework.stereotype.Component;

/**
 * The rules of a focus proposal (advice of 9 January 2026): at most three focus points; each has a
 * known theme, a concrete project idea, a lead municipality that joins it and at least one other
 * municipality (fully or on parts); everyone named takes part in the year. Returns every broken
 * rule, in Dutch and naming the focus point, so the kwartiermaker can fix them in one go.
 */
@Component
public class ProposalValidator {

  public static final int MAX_FOCUS_POINTS = 3;
  private static final int THEMES = 6;
  private static final int OBJECTIVES = 9;

  private final MunicipalityRepository municipalities;

  public ProposalValidator(MunicipalityRepository municipalities) {
    this.municipalities = municipalities;
  }

  public List<String> validate(Year year, List<FocusPointDraft> points) {
    List<String> errors = new ArrayList<>();
    if (points.isEmpty()) {
      errors.add("Een voorstel bevat minstens één focuspunt.");
    }
    if (points.size() > MAX_FOCUS_POINTS) {
      errors.add(
          "Een voorstel bevat maximaal "
              + MAX_FOCUS_POINTS
              + " focuspunten; dit voorstel heeft er "
              + points.size()
              + ".");
    }
    Map<String, String> names =
        municipalities.findAllByOrderByName().stream()
            .collect(Collectors.toMap(Municipality::code, Municipality::name));
    for (int i = 0; i < points.size(); i++) {
      validatePoint("Focuspunt " + (i + 1), points.get(i), year, names, errors);
    }
    return errors;
  }

  private void validatePoint(
      String label,
      FocusPointDraft point,
      Year year,
      Map<String, String> names,
      List<String> errors) {
    if (point.theme() == null || point.theme() < 1 || point.theme() > THEMES) {
      errors.add(label + ": kies een van de zes thema's.");
    }
    if (point.projectIdea() == null) {
      errors.add(label + ": beschrijf een concreet projectidee.");
    }
    Set<String> named = new HashSet<>(point.participants());
    named.addAll(point.partParticipants());
    if (point.lead() == null) {
      errors.add(label + ": kies een trekkende gemeente.");
    } else {
      named.add(point.lead());
      if (!point.participants().contains(point.lead())) {
        errors.add(
            label + ": de trekker (" + name(point.lead(), names) + ") moet zelf volledig meedoen.");
      }
    }
    named.stream().sorted().forEach(code -> checkMunicipality(label, code, year, names, errors));
    point.participants().stream()
        .filter(point.partParticipants()::contains)
        .forEach(
            code ->
                errors.add(
                    label
                        + ": "
                        + name(code, names)
                        + " doet volledig én op onderdelen mee; kies één van beide."));
    Set<String> others = new HashSet<>(named);
    others.remove(point.lead());
    if (others.isEmpty()) {
      errors.add(
          label
              + ": naast de trekker doet minstens één andere gemeente mee (volledig of op"
              + " onderdelen).");
    }
    if (!point.partParticipants().isEmpty() && point.parts() == null) {
      errors.add(label + ": beschrijf aan welke onderdelen gemeenten op onderdelen meedoen.");
    }
    point.objectives().stream()
        .filter(number -> number < 1 || number > OBJECTIVES)
        .forEach(number -> errors.add(label + ": onbekende doelstelling " + number + "."));
  }

  private static void checkMunicipality(
      String label, String code, Year year, Map<String, String> names, List<String> errors) {
    if (!names.containsKey(code)) {
      errors.add(label + ": onbekende gemeente '" + code + "'.");
    } else if (!year.takesPart(code)) {
      errors.add(label + ": " + names.get(code) + " doet niet mee in " + year.code() + ".");
    }
  }

  private static String name(String code, Map<String, String> names) {
    return names.getOrDefault(code, code);
  }
}
