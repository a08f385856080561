package nl.stedendriehoek.kringloop.workers.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.Variable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The year instance the demo plays, started once: it carries the start variable {@code demo} so a
 * restart finds it again, also after the next year (started by the process, not by the demo) is
 * running and even in a later calendar year. Data from before the marker is found by its
 * {@code jaar}, the current year.
 */
final class DemoYearInstance {

  static final String PROCESS = "kwartiermaker-jaar";
  static final String MARKER = "demo";
  static final String MEETING_PROCESS = "overleg";

  private final CamundaClient camunda;
  private final long key;
  private final String year;
  private final boolean started;

  private DemoYearInstance(CamundaClient camunda, long key, String year, boolean started) {
    this.camunda = camunda;
    this.key = key;
    this.year = year;
    this.started = started;
  }

  /** Finds the demo's year, or starts the current year as the kwartiermaker would. */
  static DemoYearInstance findOrStart(CamundaClient camunda, LocalDate today) {
    String currentYear = "CE-" + today.getYear();
    List<ProcessInstance> instances = camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(PROCESS)).page(p -> p.limit(1000)).send().join().items();
    Optional<DemoYearInstance> marked = instances.stream()
        .filter(instance -> variable(camunda, instance.getProcessInstanceKey(), MARKER).isPresent())
        .findFirst().map(instance -> new DemoYearInstance(camunda, instance.getProcessInstanceKey(),
            variable(camunda, instance.getProcessInstanceKey(), "jaar").map(DemoYearInstance::unquoted)
                .orElse(currentYear), false));
    if (marked.isPresent()) {
      return marked.get();
    }
    Optional<DemoYearInstance> unmarked = instances.stream()
        .filter(instance -> variable(camunda, instance.getProcessInstanceKey(), "jaar")
            .filter(jaar -> Objects.equals("\"" + currentYear + "\"", jaar)).isPresent())
        .findFirst().map(instance -> new DemoYearInstance(camunda, instance.getProcessInstanceKey(), currentYear,
            false));
    return unmarked.orElseGet(() -> start(camunda, today, currentYear));
  }

  private static DemoYearInstance start(CamundaClient camunda, LocalDate today, String year) {
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("jaar", year);
    start.put("gemeenten", DemoTask.MUNICIPALITIES);
    start.put("scanDeadline", today.plusWeeks(4).toString());
    start.put("voorstelDeadline", today.plusMonths(4).toString());
    start.put("jaarEinde", today.plusMonths(12).toString());
    start.put("overlegritme", "zeswekelijks");
    start.put(MARKER, true);
    long key = camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion().variables(start)
        .send().join().getProcessInstanceKey();
    return new DemoYearInstance(camunda, key, year, true);
  }

  long key() {
    return key;
  }

  /** The year's code, e.g. CE-2026. */
  String year() {
    return year;
  }

  /** The code of the year after it, e.g. CE-2027. */
  String nextYear() {
    return "CE-" + (Integer.parseInt(year.substring(3)) + 1);
  }

  /** True when this call started the year (a first start), false when it was found. */
  boolean started() {
    return started;
  }

  boolean completed() {
    return camunda.newProcessInstanceSearchRequest().filter(f -> f.processInstanceKey(key)).send().join().items()
        .stream().anyMatch(instance -> instance.getState() == ProcessInstanceState.COMPLETED);
  }

  /** The number of municipalities of the year this one started after its go/no-go; 0 before that. */
  int nextYearMunicipalities() {
    return variable(camunda, key, "volgendJaarInstantie").map(Long::parseLong)
        .flatMap(next -> variable(camunda, next, "gemeenten"))
        .map(DemoYearInstance::size).orElse(0);
  }

  /**
   * Whether every running meeting of this year waits for a user, given the instances with an open
   * task of this year; a meeting without one is between its steps (e.g. recording its minutes).
   */
  boolean meetingsWaitForUsers(Set<Long> instancesWithOpenTasks) {
    return camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(MEETING_PROCESS).state(ProcessInstanceState.ACTIVE))
        .page(p -> p.limit(1000)).send().join().items().stream()
        .map(ProcessInstance::getProcessInstanceKey)
        .filter(meeting -> variable(camunda, meeting, "jaar").filter(("\"" + year + "\"")::equals).isPresent())
        .allMatch(instancesWithOpenTasks::contains);
  }

  private static Optional<String> variable(CamundaClient camunda, long instance, String name) {
    return camunda.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name(name)).send().join()
        .items().stream().map(Variable::getValue)
        .filter(Objects::nonNull).findFirst();
  }

  private static int size(String jsonArray) {
    try {
      return new ObjectMapper().readTree(jsonArray).size();
    } catch (JsonProcessingException notJson) {
      return 0;
    }
  }

  private static String unquoted(String json) {
    return json.startsWith("\"") && json.endsWith("\"") ? json.substring(1, json.length() - 1) : json;
  }
}
