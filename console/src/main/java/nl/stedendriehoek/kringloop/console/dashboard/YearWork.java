package nl.stedendriehoek.kringloop.console.dashboard;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import org.springframework.stereotype.Component;

/**
 * The engine's side of a year, through the Camunda client: the open user tasks per municipality
 * (with how many are overdue) and the open incidents of the year's process instances. A process
 * instance belongs to a year when its variable {@code jaar} holds the year's code.
 */
@Component
class YearWork {

  static final String YEAR_VARIABLE = "jaar";
  /** At most this many instances, tasks and incidents are read per year (one search page each). */
  static final int LIMIT = 10_000;

  record TaskCount(String municipalityCode, String municipality, int open, int overdue) {}

  record OpenIncident(long key, long processInstanceKey, String processId, String elementId, String message) {}

  record Work(List<TaskCount> tasks, List<OpenIncident> incidents) {
    public int maxOpen() {
      return tasks.stream().mapToInt(TaskCount::open).max().orElse(0);
    }
  }

  private final CamundaClient camunda;

  YearWork(CamundaClient camunda) {
    this.camunda = camunda;
  }

  Work of(String yearCode, List<Municipality> municipalities, Instant now) {
    Set<Long> instances = instancesOf(yearCode);
    CompletableFuture<List<UserTask>> tasks = camunda.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED))
        .page(p -> p.limit(LIMIT))
        .send().toCompletableFuture().thenApply(r -> r.items());
    CompletableFuture<List<Incident>> incidents = camunda.newIncidentSearchRequest()
        .filter(f -> f.state(IncidentState.ACTIVE))
        .page(p -> p.limit(LIMIT))
        .send().toCompletableFuture().thenApply(r -> r.items());
    List<UserTask> ofYear = tasks.join().stream().filter(t -> instances.contains(t.getProcessInstanceKey())).toList();
    List<TaskCount> counts = new ArrayList<>();
    for (Municipality municipality : municipalities) {
      List<UserTask> theirs = ofYear.stream()
          .filter(t -> t.getCandidateGroups() != null && t.getCandidateGroups().contains(municipality.candidateGroup()))
          .toList();
      int overdue = (int) theirs.stream().filter(t -> isOverdue(t, now)).count();
      counts.add(new TaskCount(municipality.code(), municipality.name(), theirs.size(), overdue));
    }
    List<OpenIncident> open = incidents.join().stream()
        .filter(i -> instances.contains(i.getProcessInstanceKey()))
        .map(i -> new OpenIncident(i.getIncidentKey(), i.getProcessInstanceKey(), i.getProcessDefinitionId(),
            i.getElementId(), i.getErrorMessage()))
        .toList();
    return new Work(List.copyOf(counts), open);
  }

  private Set<Long> instancesOf(String yearCode) {
    Set<Long> keys = new HashSet<>();
    camunda.newVariableSearchRequest()
        .filter(f -> f.name(YEAR_VARIABLE).value("\"" + yearCode.replace("\"", "") + "\""))
        .page(p -> p.limit(LIMIT))
        .send().join().items()
        .forEach(v -> keys.add(v.getProcessInstanceKey()));
    return keys;
  }

  private static boolean isOverdue(UserTask task, Instant now) {
    OffsetDateTime due = task.getDueDate();
    return due != null && due.toInstant().isBefore(now);
  }
}
