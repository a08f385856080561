package nl.stedendriehoek.kringloop.workers.nextyear;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.plan.Project;
import nl.stedendriehoek.kringloop.workers.plan.ProjectRepository;
import nl.stedendriehoek.kringloop.workers.year.Deadlines;
import nl.stedendriehoek.kringloop.workers.year.Year;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the next year (e.g. CE-2027 after CE-2026) through the Camunda API, with the municipalities
 * and focus points the AB carried over: the focus points pre-fill the kwartiermaker's proposal
 * form. Once per year: a redelivered job finds the successor in the register, or (after a crash
 * between starting it and registering it) the running instance by its {@code jaar}.
 */
@Service
public class NextYearService {

  static final String PROCESS = "kwartiermaker-jaar";

  private final YearSuccessionRepository successions;
  private final YearRepository years;
  private final ProjectRepository projects;
  private final ObjectProvider<CamundaClient> camunda;
  private final Deadlines deadlines;
  private final Clock clock;

  public NextYearService(YearSuccessionRepository successions, YearRepository years, ProjectRepository projects,
      ObjectProvider<CamundaClient> camunda, Deadlines deadlines, ObjectProvider<Clock> clocks) {
    this.successions = successions;
    this.years = years;
    this.projects = projects;
    this.camunda = camunda;
    this.deadlines = deadlines;
    this.clock = DomainClock.of(clocks);
  }

  @Transactional
  public YearSuccession start(String yearCode, List<String> municipalities, List<Integer> focusPoints) {
    Optional<YearSuccession> existing = successions.findById(yearCode);
    if (existing.isPresent()) {
      return existing.get();
    }
    Year year = years.require(yearCode);
    String next = nextCode(yearCode);
    Map<String, Object> start = startForm(year, next, municipalities, focusPoints);
    CamundaClient client = camunda.getObject();
    long key = running(client, next).orElseGet(() -> client.newCreateInstanceCommand().bpmnProcessId(PROCESS)
        .latestVersion().variables(start).send().join().getProcessInstanceKey());
    return successions.save(new YearSuccession(yearCode, next, key, clock.instant()));
  }

  static String nextCode(String yearCode) {
    return "CE-" + (Integer.parseInt(yearCode.substring(3)) + 1);
  }

  /** The next year's start form as the kwartiermaker would fill it, dated in that year. */
  Map<String, Object> startForm(Year year, String next, List<String> municipalities, List<Integer> focusPoints) {
    int number = Integer.parseInt(next.substring(3));
    LocalDate begin = later(deadlines.today(), LocalDate.of(number, 1, 1));
    LocalDate scan = begin.plusWeeks(6);
    LocalDate proposal = later(LocalDate.of(number, 3, 31), scan.plusWeeks(4));
    LocalDate end = later(LocalDate.of(number, 12, 15), proposal.plusMonths(3));
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("jaar", next);
    start.put("vorigJaar", year.code());
    start.put("gemeenten", municipalities);
    start.put("scanDeadline", scan.toString());
    start.put("voorstelDeadline", proposal.toString());
    start.put("jaarEinde", end.toString());
    start.put("overlegritme", year.meetingRhythm());
    start.put("focuspunten", carried(year.code(), municipalities, focusPoints));
    return start;
  }

  private List<Map<String, Object>> carried(String yearCode, List<String> municipalities, List<Integer> positions) {
    List<Map<String, Object>> points = new ArrayList<>();
    for (Project project : projects.findByYearCodeOrderByPosition(yearCode)) {
      if (!positions.contains(project.position())) {
        continue;
      }
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("thema", String.valueOf(project.themeNumber()));
      point.put("projectidee", project.title());
      point.put("trekker", project.leadMunicipalityCode());
      point.put("deelnemers", project.participants().stream().filter(municipalities::contains).sorted().toList());
      point.put("deelnemersOpOnderdelen", List.of());
      point.put("onderdelen", null);
      point.put("doelstellingen", project.objectives().stream().map(String::valueOf).toList());
      points.add(point);
    }
    return points;
  }

  private static Optional<Long> running(CamundaClient client, String yearCode) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(PROCESS))
        .page(p -> p.limit(1000)).send().join().items().stream()
        .map(instance -> instance.getProcessInstanceKey())
        .filter(key -> client.newVariableSearchRequest().filter(f -> f.processInstanceKey(key).name("jaar"))
            .send().join().items().stream()
            .anyMatch(variable -> Objects.equals("\"" + yearCode + "\"", variable.getValue())))
        .findFirst();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
