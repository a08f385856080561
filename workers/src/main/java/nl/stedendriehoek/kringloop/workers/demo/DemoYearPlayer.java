package nl.stedendriehoek.kringloop.workers.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the demo year through the Camunda API only, as the simulated users would in the Tasklist:
 * starts the year once ({@link DemoYearInstance}), then claims and completes the open tasks of that
 * year as the script says, polling, until the script says the demo rests. Tasks of any other year
 * are left alone. Everything else (scan aggregation, DMN, documents, the decisions register, the
 * next year) is done by the real workers.
 */
class DemoYearPlayer {

  private static final Logger log = LoggerFactory.getLogger(DemoYearPlayer.class);
  private static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");
  private static final Duration PAUSE = Duration.ofMillis(300);

  private final CamundaClient camunda;
  private final LocalDate today;
  private final DemoYearScript script;
  private final ObjectMapper json = new ObjectMapper();
  private volatile String year;

  DemoYearPlayer(CamundaClient camunda, Clock clock, DemoYearEnd end) {
    this.camunda = camunda;
    this.today = LocalDate.now(clock.withZone(REGION));
    this.script = new DemoYearScript(today, end);
    this.year = "CE-" + today.getYear();
  }

  /** The demo year's code: the year it started in, e.g. CE-2026. */
  String year() {
    return year;
  }

  /** Plays until the script rests or {@code patience} runs out; true when resting. */
  boolean play(Duration patience) throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    DemoYearInstance instance = findOrStart(until);
    year = instance.year();
    if (instance.started()) {
      log.info("Demo year {} started (process instance {})", year, instance.key());
    }
    boolean playedBefore = !instance.started() && instance.completed();
    while (Instant.now().isBefore(until)) {
      List<String> openThisYear = new ArrayList<>();
      List<String> openNextYear = new ArrayList<>();
      Set<Long> waiting = new HashSet<>();
      boolean acted = false;
      for (UserTask task : openTasks()) {
        Map<String, Object> variables = variables(task);
        Object taskYear = variables.get("jaar");
        if (instance.nextYear().equals(taskYear)) {
          openNextYear.add(task.getElementId());
        }
        if (!year.equals(taskYear)) {
          continue;
        }
        openThisYear.add(task.getElementId());
        waiting.add(task.getProcessInstanceKey());
        DemoTask demoTask = new DemoTask(task.getElementId(), task.getCandidateGroups(), task.getCandidateUsers(),
            variables);
        acted |= script.answer(demoTask).map(answer -> complete(task, answer)).orElse(false);
      }
      if (!acted && script.resting(new DemoYearState(openThisYear, openNextYear,
          instance.meetingsWaitForUsers(waiting), instance.completed(), instance.nextYearMunicipalities(),
          playedBefore))) {
        log.info("Demo year {} played (process instance {}); it rests with {} open, and {} open in {}", year,
            instance.key(), openThisYear, openNextYear.size(), instance.nextYear());
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
  private DemoYearInstance findOrStart(Instant until) throws InterruptedException {
    while (true) {
      try {
        return DemoYearInstance.findOrStart(camunda, today);
      } catch (RuntimeException notYetDeployed) {
        if (Instant.now().isAfter(until)) {
          throw notYetDeployed;
        }
        Thread.sleep(PAUSE.toMillis());
      }
    }
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
