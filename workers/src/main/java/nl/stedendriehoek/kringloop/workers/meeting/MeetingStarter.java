package nl.stedendriehoek.kringloop.workers.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Overleg plannen" before an AB gate and in the year's meeting rhythm: starts an {@code overleg}
 * instance through the Camunda API on {@code overlegDatum} (default two weeks ahead) at 10:00, so
 * the agenda items, the invitation and the minutes follow; the kwartiermaker can change the moment
 * on the agenda.
 *
 * <p>Once per subject of the calling instance: the meeting carries {@code overlegAanleiding}
 * (the caller's process instance key and the subject), and a job that arrives again finds that
 * meeting instead of starting a second one. Keyed by subject rather than by job, so that a task
 * re-run from Operate does not plan the same meeting twice either; every meeting the year plans
 * has a subject of its own (the round of a proposal or plan, the date of a rhythm meeting). On a
 * real Camunda cluster the search lags behind the engine by the exporter's delay, so a retry within
 * that delay could still start a second meeting; the embedded engine searches its own tables.
 */
@Component
public class MeetingStarter {

  static final String PROCESS = "overleg";
  static final String REASON = "overlegAanleiding";
  static final int WEEKS_AHEAD = 2;

  private final ObjectProvider<CamundaClient> camunda;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public MeetingStarter(ObjectProvider<CamundaClient> camunda, ObjectProvider<Clock> clocks) {
    this.camunda = camunda;
    this.clock = DomainClock.of(clocks);
  }

  @JobWorker(type = JobTypes.MEETING_START)
  public Map<String, Object> start(ActivatedJob job, @Variable String jaar, @Variable String overlegSoort,
      @Variable String overlegOnderwerp, @Variable List<String> deelnemersGroepen, @Variable String overlegDatum) {
    return Map.of("overlegInstantie", startOnce(job.getProcessInstanceKey(), jaar, overlegSoort, overlegOnderwerp,
        deelnemersGroepen, overlegDatum));
  }

  /** Starts the meeting unless the calling instance already started one with this subject; its instance key. */
  public long startOnce(long callerInstanceKey, String jaar, String overlegSoort, String overlegOnderwerp,
      List<String> deelnemersGroepen, String overlegDatum) {
    CamundaClient client = camunda.getObject();
    String reason = callerInstanceKey + ": " + overlegOnderwerp;
    return started(client, reason).orElseGet(() -> {
      Map<String, Object> start = new LinkedHashMap<>();
      start.put("jaar", jaar);
      start.put("overlegSoort", overlegSoort);
      start.put("overlegOnderwerp", overlegOnderwerp);
      start.put("deelnemersGroepen", ProcessVariables.texts(deelnemersGroepen));
      start.put("overlegMoment", day(overlegDatum) + "T10:00");
      start.put("overlegDuurMinuten", 120);
      start.put("overlegLocatie", "Regio Stedendriehoek, Apeldoorn");
      start.put(REASON, reason);
      return client.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion().variables(start).send()
          .join().getProcessInstanceKey();
    });
  }

  /**
   * The day the model asks for, else two weeks from today, moved to the Monday after when that is
   * in the weekend (a day that does not parse counts as none).
   */
  private LocalDate day(String overlegDatum) {
    LocalDate twoWeeksAhead =
        workingDay(LocalDate.now(clock.withZone(MeetingService.REGION)).plusWeeks(WEEKS_AHEAD));
    if (overlegDatum == null || overlegDatum.isBlank()) {
      return twoWeeksAhead;
    }
    try {
      return LocalDate.parse(overlegDatum.strip());
    } catch (DateTimeParseException notADay) {
      return twoWeeksAhead;
    }
  }

  static LocalDate workingDay(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  private Optional<Long> started(CamundaClient client, String reason) {
    String value = jsonText(reason);
    return client.newVariableSearchRequest().filter(f -> f.name(REASON).value(value)).send().join().items()
        .stream().map(variable -> variable.getProcessInstanceKey()).findFirst();
  }

  private String jsonText(String text) {
    try {
      return json.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write '" + text + "' as JSON", e);
    }
  }
}
