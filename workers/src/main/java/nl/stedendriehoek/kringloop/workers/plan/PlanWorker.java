package nl.stedendriehoek.kringloop.workers.plan;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.year.Deadlines;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.stereotype.Component;

/**
 * Part 2's planning steps: "Projectplan vastleggen" (per focus point, invalid plans go back with
 * {@code projectplanFouten}), "Jaarplan opstellen" (the PDF per round) and "Uitvoering starten".
 */
@Component
public class PlanWorker {

  /** A quarter, repeated while the project runs (ISO 8601 repeating interval for the cycle timer). */
  static final String QUARTERLY = "R/P3M";

  private final PlanService plans;
  private final YearRepository years;
  private final Deadlines deadlines;

  public PlanWorker(PlanService plans, YearRepository years, Deadlines deadlines) {
    this.plans = plans;
    this.years = years;
    this.deadlines = deadlines;
  }

  @JobWorker(type = JobTypes.PROJECT_PLAN_RECORD, fetchAllVariables = true)
  public Map<String, Object> recordProjectPlan(ActivatedJob job) {
    Map<String, Object> variables = job.getVariablesAsMap();
    @SuppressWarnings("unchecked")
    Map<String, Object> focusPoint = (Map<String, Object>) variables.get("focuspunt");
    PlanService.Recorded recorded = plans.recordProjectPlan((String) variables.get("jaar"), focusPoint, variables);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("projectplanGeldig", recorded.errors().isEmpty());
    result.put("projectplanFouten", recorded.errors());
    result.put("projectId", recorded.projectId().orElse(null));
    return result;
  }

  @JobWorker(type = JobTypes.ANNUAL_PLAN_COMPILE)
  public Map<String, Object> compileAnnualPlan(ActivatedJob job, @Variable String jaar) {
    PlanService.Compiled compiled = plans.compileAnnualPlan(job.getKey(), jaar);
    return Map.of("jaarplanRonde", compiled.round(), "jaarplanDocumentId", compiled.documentId());
  }

  @JobWorker(type = JobTypes.EXECUTION_START)
  public Map<String, Object> startExecution(@Variable String jaar) {
    List<Map<String, Object>> projects = plans.startExecution(jaar);
    return Map.of(
        "projecten", projects,
        "jaarEindeMoment", deadlines.deadline(years.require(jaar).yearEnd()),
        "voortgangCyclus", QUARTERLY);
  }
}
