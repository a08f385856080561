package nl.stedendriehoek.kringloop.workers.scan;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.year.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The theme scan's workers: record one municipality's scan (process {@code thema-scan}), extend its
 * deadline after an escalation, and aggregate all scans of the year (main process). The
 * classification of the themes is the DMN table {@code thema-classificatie}, evaluated by the
 * engine in the business rule task that follows the aggregation.
 */
@Component
public class ScanWorker {

  private final ScanService service;
  private final Deadlines deadlines;

  public ScanWorker(ScanService service, Deadlines deadlines) {
    this.service = service;
    this.deadlines = deadlines;
  }

  @JobWorker(type = JobTypes.SCAN_RECORD)
  public Map<String, Object> record(
      @Variable String jaar,
      @Variable String gemeente,
      @Variable List<Map<String, Object>> antwoorden) {
    List<String> errors = service.record(jaar, gemeente, antwoorden);
    return Map.of("scanGeldig", errors.isEmpty(), "scanFouten", errors);
  }

  @JobWorker(type = JobTypes.SCAN_EXTEND_DEADLINE)
  public Map<String, Object> extendDeadline(
      @Variable String jaar, @Variable String nieuweScanDeadline) {
    LocalDate newDeadline = parse(nieuweScanDeadline);
    List<String> errors = service.checkExtension(jaar, newDeadline);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("verlengingGeldig", errors.isEmpty());
    result.put("verlengingFouten", errors);
    if (errors.isEmpty()) {
      result.put("scanDeadlineDatum", Deadlines.display(newDeadline));
      result.put("scanDeadlineMoment", deadlines.deadline(newDeadline));
      result.put("scanHerinneringMoment", deadlines.scanReminder(newDeadline));
    }
    return result;
  }

  @JobWorker(type = JobTypes.SCAN_AGGREGATE)
  public Map<String, Object> aggregate(@Variable String jaar) {
    ScanService.ScanAggregate aggregate = service.aggregate(jaar);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("themaScores", aggregate.scores().stream().map(ThemeScore::asVariables).toList());
    result.put("ingeleverdeScans", aggregate.submitted());
    result.put("ontbrekendeScans", aggregate.missing());
    return result;
  }

  private static LocalDate parse(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip().substring(0, Math.min(10, date.strip().length())));
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
