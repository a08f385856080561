package nl.stedendriehoek.kringloop.workers.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.demo.DemoYearScript.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the demo year through the Camunda API only, as the simulated users would in the Tasklist:
 * starts the year once (found again by its {@code jaar} variable after a restart), then claims and
 * completes the open tasks of that year as the script says until the script is done. Everything
 * else (scan aggregation, DMN, documents, the decisions register) is done by the real workers.
 */
class DemoYearPlayer {

  static final String PROCESS = "kwartiermaker-jaar";
  private static final Logger log = LoggerFactory.getLogger(DemoYearPlayer.class);
  private static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");
  private static final Duration PAUSE = Duration.ofMillis(300);

  private final CamundaClient camunda;
  private final Clock clock;
  private final DemoYearScript script;
  private final ObjectMapper json = new ObjectMapper();

  DemoYearPlayer(CamundaClient camunda, Clock clock) {
    this.camunda = camunda;
    this.clock = clock;
    this.script = new DemoYearScript(LocalDate.now(clock.withZone(REGION)));
  }

  /** The demo year's code: the current year, e.g. CE-2026. */
  String year() {
    return "CE-" + LocalDate.now(clock.withZone(REGION)).getYear();
  }

  /** Plays until the script is done or {@code patience} runs out; true when done. */
  boolean play(Duration patience) throws InterruptedException {
    String year = year();
    Instant until = Instant.now().plus(patience);
    long instance = findOrStart(year, until);
    while (Instant.now().isBefore(until)) {
      boolean acted = false;
      java.util.Set<String> open = new java.util.HashSet<>();
      for (UserTask task : openTasks()) {
        Map<String, Object> variables = variables(task);
        if (!year.equals(variables.get("jaar"))) {
          continue;
        }
        open.add(task.getElementId());
        Optional<Answer> answer = script.answer(task.getElementId(), task.getCandidateGroups(), variables);
        if (answer.isPresent()) {
          acted |= complete(task, answer.get());
        }
      }
      if (!acted && script.resting(open)) {
        log.info("Demo year {} played (process instance {}): the projects run, results and an action item are open",
            year, instance);
        return true;
      }
      if (!acted) {
        Thread.sleep(PAUSE.toMillis());
      }
    }
    log.warn("Demo year {} not finished within {}", year, patience);
    return false;
  }

  /** Retries while the models are not deployed yet (the app deploys them at start, too). */
  private long findOrStart(String year, Instant until) throws InterruptedException {
    while (true) {
      try {
        return findOrStart(year);
      } catch (RuntimeException notYetDeployed) {
        if (Instant.now().isAfter(until)) {
          throw notYetDeployed;
        }
        Thread.sleep(PAUSE.toMillis());
      }
    }
  }

  private long findOrStart(String year) {
    List<ProcessInstance> instances = camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(PROCESS)).page(p -> p.limit(1000)).send().join().items();
    for (ProcessInstance instance : instances) {
      boolean ofThisYear = camunda.newVariableSearchRequest()
          .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()).name("jaar"))
          .send().join().items().stream()
          .anyMatch(variable -> Objects.equals(("\"" + year + "\""), variable.getValue()));
      if (ofThisYear) {
        return instance.getProcessInstanceKey();
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(REGION));
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("jaar", year);
    start.put("gemeenten", List.of("apeldoorn", "brummen", "deventer", "epe", "heerde", "lochem", "voorst",
        "zutphen"));
    start.put("scanDeadline", today.plusWeeks(4).toString());
    start.put("voorstelDeadline", today.plusMonths(4).toString());
    start.put("jaarEinde", today.plusMonths(12).toString());
    start.put("overlegritme", "zeswekelijks");
    long key = camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion().variables(start)
        .send().join().getProcessInstanceKey();
    log.info("Demo year {} started (process instance {})", year, key);
    return key;
  }

  private List<UserTask> openTasks() {
    return camunda.newUserTaskSearchRequest().filter(f -> f.state(UserTaskState.CREATED))
        .page(p -> p.limit(1000)).send().join().items();
  }

  private Map<String, Object> variables(UserTask task) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Variable variable : camunda.newUserTaskVariableSearchRequest(task.getUserTaskKey()).withFullValues()
        .page(p -> p.limit(1000)).send().join().items()) {
      variables.put(variable.getName(), parse(variable.getValue()));
    }
    return variables;
  }

  /** Claims and completes as the simulated user, with who did it as the Tasklist records it. */
  private boolean complete(UserTask task, Answer answer) {
    Map<String, Object> completion = new LinkedHashMap<>(answer.variables());
    completion.put("voltooidDoor", answer.username());
    try {
      if (task.getAssignee() == null) {
        camunda.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(answer.username()).send().join();
      }
      camunda.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(completion).send().join();
      return true;
    } catch (RuntimeException alreadyDoneOrTaken) {
      log.debug("Demo year: task {} not completed: {}", task.getUserTaskKey(), alreadyDoneOrTaken.getMessage());
      return false;
    }
  }

  private Object parse(String value) {
    try {
      return value == null ? null : json.readValue(value, Object.class);
    } catch (JsonProcessingException e) {
      return value;
    }
  }
}
