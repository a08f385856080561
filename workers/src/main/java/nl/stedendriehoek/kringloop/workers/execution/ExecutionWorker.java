package nl.stedendriehoek.kringloop.workers.execution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.JobTypes;
import nl.stedendriehoek.kringloop.workers.ProcessVariables;
import nl.stedendriehoek.kringloop.workers.plan.ExecutionService;
import nl.stedendriehoek.kringloop.workers.plan.Project;
import nl.stedendriehoek.kringloop.workers.plan.ProjectStatus;
import nl.stedendriehoek.kringloop.workers.plan.ResultStatus;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code project-uitvoering}: "Resultaat vastleggen" (evidence required; invalid goes
 * back with {@code resultaatFouten}), "Voortgang vastleggen" (once per job, with its PDF) and "Project afronden".
 */
@Component
public class ExecutionWorker {

  private final ExecutionService execution;
  private final ProgressService progress;

  public ExecutionWorker(ExecutionService execution, ProgressService progress) {
    this.execution = execution;
    this.progress = progress;
  }

  @JobWorker(type = JobTypes.RESULT_RECORD)
  public Map<String, Object> recordResult(@Variable Map<String, Object> project,
      @Variable Map<String, Object> resultaat, @Variable String bewijs, @Variable String bewijsLink,
      @Variable String voltooidDoor) {
    List<String> errors = execution.deliver(id(project, "projectId"), id(resultaat, "resultaatId"), bewijs,
        bewijsLink, voltooidDoor);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("resultaatGeldig", errors.isEmpty());
    result.put("resultaatFouten", errors);
    return result;
  }

  @JobWorker(type = JobTypes.PROGRESS_RECORD)
  public Map<String, Object> recordProgress(ActivatedJob job, @Variable Map<String, Object> project,
      @Variable String voortgang, @Variable String voortgangStatus, @Variable String voltooidDoor) {
    long projectId = id(project, "projectId");
    Optional<ProgressStatus> status = ProgressStatus.fromFormValue(voortgangStatus);
    String text = ProcessVariables.text(voortgang);
    ProgressService.Recorded recorded = progress.record(job.getKey(), projectId,
        status.orElse(ProgressStatus.RISICO), text == null ? "(geen toelichting gegeven)" : text, voltooidDoor);
    return Map.of("voortgangId", recorded.report().id(), "voortgangDocumentId", recorded.document().id());
  }

  @JobWorker(type = JobTypes.PROJECT_FINISH)
  public Map<String, Object> finish(@Variable Map<String, Object> project) {
    long projectId = id(project, "projectId");
    ProjectStatus status = execution.finish(projectId);
    Project finished = execution.require(projectId);
    List<Long> open = new ArrayList<>();
    finished.results().stream().filter(r -> r.status() != ResultStatus.GELEVERD).forEach(r -> open.add(r.id()));
    return Map.of("projectStatus", status.name(), "nietGeleverdeResultaten", open);
  }

  private static long id(Map<String, Object> values, String name) {
    Integer id = ProcessVariables.integer(values, name);
    if (id == null) {
      throw new IllegalArgumentException("Missing " + name + " in " + values);
    }
    return id;
  }
}
