package nl.stedendriehoek.kringloop.workers.evaluation;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.document.Document;
import org.springframework.stereotype.Component;

/**
 * The evaluation steps: "Evaluatierapport opstellen" (PDF), "Evaluatie vastleggen" (findings and
 * positions), "Go/no-go controleren" (does what the AB carries over fit its decision?) and "Jaar
 * afsluiten" when the AB stops.
 */
@Component
public class EvaluationWorker {

  private final EvaluationService evaluations;

  public EvaluationWorker(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @JobWorker(type = JobTypes.EVALUATION_COMPILE)
  public Map<String, Object> compile(ActivatedJob job, @Variable String jaar) {
    Document report = evaluations.compile(job.getKey(), jaar);
    return Map.of("evaluatieDocumentId", report.id(), "focuspuntKeuzes", evaluations.focusPointOptions(jaar));
  }

  @JobWorker(type = JobTypes.EVALUATION_RECORD)
  public Map<String, Object> record(@Variable String jaar, @Variable String bevindingen,
      @Variable String adviesKwartiermaker, @Variable List<Map<String, Object>> standpunten) {
    List<String> errors = evaluations.record(jaar, bevindingen, adviesKwartiermaker, standpunten);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("evaluatieGeldig", errors.isEmpty());
    result.put("evaluatieFouten", errors);
    return result;
  }

  @JobWorker(type = JobTypes.GO_NO_GO_CHECK)
  public Map<String, Object> check(@Variable String jaar, @Variable String besluitUitkomst,
      @Variable List<String> gemeentenVolgendJaar, @Variable List<Object> focuspuntenVolgendJaar) {
    GoNoGoCheck.Outcome outcome = evaluations.check(jaar, besluitUitkomst, ProcessVariables.texts(gemeentenVolgendJaar),
        ProcessVariables.integers(focuspuntenVolgendJaar));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("goNoGoGeldig", outcome.errors().isEmpty());
    result.put("goNoGoFouten", outcome.errors());
    result.put("volgendJaarGemeenten", outcome.carryOver().map(GoNoGoCheck.CarryOver::municipalities).orElse(List.of()));
    result.put("volgendJaarFocuspunten", outcome.carryOver().map(GoNoGoCheck.CarryOver::focusPoints).orElse(List.of()));
    return result;
  }

  @JobWorker(type = JobTypes.YEAR_CLOSE)
  public Map<String, Object> close(@Variable String jaar) {
    evaluations.close(jaar);
    return Map.of("jaarAfgesloten", true);
  }
}
