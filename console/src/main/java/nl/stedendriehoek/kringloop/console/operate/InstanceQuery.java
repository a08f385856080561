package nl.stedendriehoek.kringloop.console.operate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The instances list's filters as the form sends them (all optional), read leniently: a value
 * that does not parse is ignored rather than an error page, and is shown back empty.
 *
 * @param process process id ({@code bpmnProcessId})
 * @param version process version
 * @param state active, completed or canceled
 * @param withIncident only instances with an open incident
 * @param year the business year variable {@code jaar}, e.g. {@code CE-2026}
 * @param from started on or after this date (region time)
 * @param to started on or before this date (region time)
 * @param variableName with {@code variableValue}: a variable with exactly this value
 */
record InstanceQuery(
    String process,
    Integer version,
    Optional<InstanceState> state,
    boolean withIncident,
    String year,
    LocalDate from,
    LocalDate to,
    String variableName,
    String variableValue,
    InstanceSort sort,
    int page) {

  static InstanceQuery of(String process, String version, String state, String incident, String year,
      String from, String to, String variableName, String variableValue, String sort, String page) {
    return new InstanceQuery(
        blankToNull(process),
        integer(version),
        InstanceState.fromParameter(state),
        "ja".equals(incident) || "true".equals(incident),
        blankToNull(year),
        date(from),
        date(to),
        blankToNull(variableName),
        variableValue == null ? null : variableValue.strip(),
        InstanceSort.fromParameter(sort),
        Optional.ofNullable(integer(page)).filter(p -> p > 0).orElse(1));
  }

  /** The state parameter for links, or null. */
  public String stateParameter() {
    return state.map(InstanceState::parameter).orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Integer integer(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
