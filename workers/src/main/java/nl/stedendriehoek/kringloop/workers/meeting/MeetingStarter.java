package nl.stedendriehoek.kringloop.workers.meeting;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Overleg plannen" before an AB gate: starts an {@code overleg} instance through the Camunda API,
 * two weeks ahead at 10:00, so the agenda items, the invitation and the minutes follow; the
 * kwartiermaker can change the moment on the agenda. Once per job: a redelivered job finds the
 * meeting it started by {@code overlegAanleiding}.
 */
@Component
public class MeetingStarter {

  static final String PROCESS = "overleg";
  static final int WEEKS_AHEAD = 2;

  private final ObjectProvider<CamundaClient> camunda;
  private final Clock clock;

  public MeetingStarter(ObjectProvider<CamundaClient> camunda, ObjectProvider<Clock> clocks) {
    this.camunda = camunda;
    this.clock = DomainClock.of(clocks);
  }

  @JobWorker(type = JobTypes.MEETING_START)
  public Map<String, Object> start(ActivatedJob job, @Variable String jaar, @Variable String overlegSoort,
      @Variable String overlegOnderwerp, @Variable List<String> deelnemersGroepen) {
    CamundaClient client = camunda.getObject();
    String reason = "job-" + job.getKey();
    long key = started(client, reason).orElseGet(() -> {
      Map<String, Object> start = new LinkedHashMap<>();
      start.put("jaar", jaar);
      start.put("overlegSoort", overlegSoort);
      start.put("overlegOnderwerp", overlegOnderwerp);
      start.put("deelnemersGroepen", ProcessVariables.texts(deelnemersGroepen));
      start.put("overlegMoment", LocalDate.now(clock.withZone(MeetingService.REGION)).plusWeeks(WEEKS_AHEAD)
          + "T10:00");
      start.put("overlegDuurMinuten", 120);
      start.put("overlegLocatie", "Regio Stedendriehoek, Apeldoorn");
      start.put("overlegAanleiding", reason);
      return client.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion().variables(start).send()
          .join().getProcessInstanceKey();
    });
    return Map.of("overlegInstantie", key);
  }

  private static Optional<Long> started(CamundaClient client, String reason) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(PROCESS))
        .page(p -> p.limit(1000)).send().join().items().stream()
        .map(instance -> instance.getProcessInstanceKey())
        .filter(key -> client.newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(key).name("overlegAanleiding")).send().join().items().stream()
            .anyMatch(variable -> Objects.equals("\"" + reason + "\"", variable.getValue())))
        .findFirst();
  }
}
