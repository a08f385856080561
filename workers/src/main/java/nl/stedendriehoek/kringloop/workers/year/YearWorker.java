package nl.stedendriehoek.kringloop.workers.year;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import nl.stedendriehoek.kringloop.workers.reference.Theme;
import nl.stedendriehoek.kringloop.workers.reference.ThemeRepository;
import org.springframework.stereotype.Component;

/**
 * "Jaar registreren": stores the year from the start form and hands the process what its timers and
 * the scan need (the participating municipalities and their names, the themes and the timer
 * moments). Invalid start data returns {@code jaarGeldig=false} with {@code jaarFouten}; the
 * process then asks the kwartiermaker to correct it.
 */
@Component
public class YearWorker {

  private final YearService service;
  private final ThemeRepository themes;
  private final MunicipalityRepository municipalities;
  private final Deadlines deadlines;

  public YearWorker(
      YearService service,
      ThemeRepository themes,
      MunicipalityRepository municipalities,
      Deadlines deadlines) {
    this.service = service;
    this.themes = themes;
    this.municipalities = municipalities;
    this.deadlines = deadlines;
  }

  @JobWorker(type = JobTypes.YEAR_REGISTER)
  public Map<String, Object> register(
      @Variable String jaar,
      @Variable List<String> gemeenten,
      @Variable String scanDeadline,
      @Variable String voorstelDeadline,
      @Variable String jaarEinde,
      @Variable String overlegritme) {
    List<String> errors = new ArrayList<>();
    YearRegistration registration =
        new YearRegistration(
            jaar == null ? null : jaar.strip(),
            ProcessVariables.texts(gemeenten),
            date(scanDeadline, "deadline themascan", errors),
            date(voorstelDeadline, "deadline focusvoorstel", errors),
            date(jaarEinde, "jaareinde", errors),
            overlegritme);
    YearService.Outcome outcome = service.register(registration);
    errors.addAll(outcome.errors());
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("jaarGeldig", errors.isEmpty());
    result.put("jaarFouten", errors);
    outcome.year().filter(year -> errors.isEmpty()).ifPresent(year -> describe(year, result));
    return result;
  }

  private void describe(Year year, Map<String, Object> result) {
    result.put("gemeenten", year.municipalities());
    Map<String, String> names = new LinkedHashMap<>();
    municipalities.findAllByOrderByName().stream()
        .filter(municipality -> year.takesPart(municipality.code()))
        .forEach(municipality -> names.put(municipality.code(), municipality.name()));
    result.put("gemeenteNamen", names);
    result.put("themas", themeTemplate());
    result.put("scanDeadlineDatum", Deadlines.display(year.scanDeadline()));
    result.put("voorstelDeadlineDatum", Deadlines.display(year.proposalDeadline()));
    result.put("scanDeadlineMoment", deadlines.deadline(year.scanDeadline()));
    result.put("scanHerinneringMoment", deadlines.scanReminder(year.scanDeadline()));
    result.put("voorstelDeadlineMoment", deadlines.deadline(year.proposalDeadline()));
    result.put("voorstelEscalatieMoment", deadlines.decisionEscalation(year.proposalDeadline()));
  }

  /** One empty scan answer per theme; the scan form fills in the rest. */
  private List<Map<String, Object>> themeTemplate() {
    List<Map<String, Object>> template = new ArrayList<>();
    for (Theme theme : themes.findAllByOrderByNumber()) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("thema", theme.number());
      answer.put("themaNaam", theme.name());
      answer.put("themaOmschrijving", theme.description());
      template.add(answer);
    }
    return template;
  }

  private static LocalDate date(String value, String label, List<String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
    } catch (DateTimeParseException notADate) {
      errors.add("Ongeldige datum voor " + label + ": '" + value + "'.");
      return null;
    }
  }
}
