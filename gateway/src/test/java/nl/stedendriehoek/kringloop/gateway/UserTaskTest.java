package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;

/** User-task commands and searches are REST only in the client, whatever it prefers. */
class UserTaskTest {

  private final CamundaClient client = Transport.REST.client();

  private long startReview(String processId, Map<String, Object> variables) {
    Processes.deploy(client, processId, Processes.userTask(processId));
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send()
        .join().getProcessInstanceKey();
  }

  private UserTask taskOf(long processInstanceKey) {
    return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey)).send().join()
        .items().get(0);
  }

  @Test
  void shouldFindCreatedTaskByCandidateGroupStateAndElement() {
    // given
    String processId = Processes.uniqueId("review");
    long instance = startReview(processId, Map.of());

    // when
    var found = client.newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instance).candidateGroup("reviewers").state(UserTaskState.CREATED)
            .elementId("review"))
        .sort(s -> s.creationDate().asc()).send().join();
    var none = client.newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instance).candidateGroup("accountants")).send().join();

    // then
    assertThat(found.items()).singleElement().satisfies(task -> {
      assertThat(task.getElementId()).isEqualTo("review");
      assertThat(task.getCandidateGroups()).containsExactly("reviewers");
      assertThat(task.getBpmnProcessId()).isEqualTo(processId);
      assertThat(task.getCreationDate()).isNotNull();
    });
    assertThat(none.items()).isEmpty();
  }

  @Test
  void shouldAssignAndUnassignTask() {
    // given
    long instance = startReview(Processes.uniqueId("assign"), Map.of());
    long task = taskOf(instance).getUserTaskKey();

    // when
    client.newAssignUserTaskCommand(task).assignee("demo").send().join();
    String assigned = client.newUserTaskGetRequest(task).send().join().getAssignee();
    var byAssignee = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance).assignee("demo"))
        .send().join().items();
    client.newUnassignUserTaskCommand(task).send().join();

    // then
    assertThat(assigned).isEqualTo("demo");
    assertThat(byAssignee).extracting(UserTask::getUserTaskKey).containsExactly(task);
    assertThat(client.newUserTaskGetRequest(task).send().join().getAssignee()).isNull();
  }

  @Test
  void shouldUpdatePriorityCandidateGroupsAndDueDate() {
    // given
    long instance = startReview(Processes.uniqueId("update"), Map.of());
    long task = taskOf(instance).getUserTaskKey();

    // when
    client.newUpdateUserTaskCommand(task).priority(80).candidateGroups("gemeente-epe")
        .dueDate("2026-12-31T12:00:00Z").send().join();

    // then
    UserTask updated = client.newUserTaskGetRequest(task).send().join();
    assertThat(updated.getPriority()).isEqualTo(80);
    assertThat(updated.getCandidateGroups()).containsExactly("gemeente-epe");
    assertThat(updated.getDueDate()).isEqualTo(java.time.OffsetDateTime.parse("2026-12-31T12:00:00Z"));
  }

  @Test
  void shouldFilterTasksByPriorityAndSortByIt() {
    // given
    long instance = startReview(Processes.uniqueId("priority"), Map.of());

    // when
    var atDefault = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance).priority(50))
        .sort(s -> s.priority().desc()).send().join().items();
    var atOther = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance).priority(80))
        .send().join().items();

    // then
    assertThat(atDefault).singleElement().satisfies(t -> assertThat(t.getPriority()).isEqualTo(50));
    assertThat(atOther).isEmpty();
  }

  @Test
  void shouldCompleteTaskWithVariablesAndContinueTheProcess() {
    // given
    long instance = startReview(Processes.uniqueId("complete"), Map.of("dossier", "D-7"));
    long task = taskOf(instance).getUserTaskKey();

    // when
    client.newCompleteUserTaskCommand(task).variables(Map.of("approved", true)).send().join();

    // then
    assertThat(client.newUserTaskGetRequest(task).send().join().getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items())
        .extracting(Variable::getName).contains("dossier", "approved");
  }

  @Test
  void shouldListTheVariablesATaskSees() {
    // given
    long instance = startReview(Processes.uniqueId("task-vars"), Map.of("dossier", "D-8", "year", 2026));
    long task = taskOf(instance).getUserTaskKey();

    // when
    var variables = client.newUserTaskVariableSearchRequest(task).send().join().items();

    // then
    assertThat(variables).extracting(Variable::getName).containsExactlyInAnyOrder("dossier", "year");
    assertThat(variables).filteredOn(v -> v.getName().equals("dossier")).singleElement()
        .satisfies(v -> assertThat(v.getValue()).isEqualTo("\"D-8\""));
  }

  @Test
  void shouldRejectCompletingACompletedTaskAsConflictAndAnUnknownTaskAsNotFound() {
    // given
    long instance = startReview(Processes.uniqueId("twice"), Map.of());
    long task = taskOf(instance).getUserTaskKey();
    client.newCompleteUserTaskCommand(task).send().join();

    // when
    Throwable again = catchThrowable(() -> client.newCompleteUserTaskCommand(task).send().join());
    Throwable unknown = catchThrowable(() -> client.newUserTaskGetRequest(99L).send().join());

    // then
    assertThat(Failure.of(again)).isEqualTo(Failure.FAILED_PRECONDITION);
    assertThat(Failure.of(unknown)).isEqualTo(Failure.NOT_FOUND);
  }
}
