package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;

/**
 * Searches run in SQL: the Tasklist inbox's filters and orders, Operate's instance filters, and
 * cursor paging both ways, through the real client (searches are REST only in the client).
 */
class SearchTest {

  private final CamundaClient client = Transport.REST.client();

  /** start → user task for {@code group} due at {@code =due} with priority {@code =priority} → end. */
  private static BpmnModelInstance inboxTask(String processId, String group) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .userTask("task", t -> t.zeebeUserTask().zeebeCandidateGroups(group).zeebeDueDateExpression("due")
            .zeebeTaskPriorityExpression("priority"))
        .endEvent("end")
        .done();
  }

  private long start(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send()
        .join().getProcessInstanceKey();
  }

  @Test
  void shouldFindTheInboxOfAUsersGroupsSortedByDueDateAndPriority() {
    // given three tasks for two groups of the user and one for another group
    String mine = Processes.uniqueId("gemeente-epe");
    String alsoMine = Processes.uniqueId("ab");
    String other = Processes.uniqueId("gemeente-apeldoorn");
    String p1 = Processes.uniqueId("inbox");
    String p2 = Processes.uniqueId("inbox");
    String p3 = Processes.uniqueId("inbox");
    Processes.deploy(client, p1, inboxTask(p1, mine));
    Processes.deploy(client, p2, inboxTask(p2, alsoMine));
    Processes.deploy(client, p3, inboxTask(p3, other));
    long late = start(p1, Map.of("due", "2027-03-01T12:00:00Z", "priority", 10));
    long soon = start(p2, Map.of("due", "2027-01-01T12:00:00Z", "priority", 90));
    start(p3, Map.of("due", "2026-12-01T12:00:00Z", "priority", 50));

    // when
    var byDueDate = client.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED).candidateGroup(g -> g.in(List.of(mine, alsoMine))))
        .sort(s -> s.dueDate().asc()).send().join();
    var byPriority = client.newUserTaskSearchRequest()
        .filter(f -> f.candidateGroup(g -> g.in(List.of(mine, alsoMine))))
        .sort(s -> s.priority().desc()).send().join();

    // then
    assertThat(byDueDate.page().totalItems()).isEqualTo(2);
    assertThat(byDueDate.items()).extracting(UserTask::getProcessInstanceKey).containsExactly(soon, late);
    assertThat(byPriority.items()).extracting(UserTask::getPriority).containsExactly(90, 10);
  }

  @Test
  void shouldPageForwardAndBackwardWithCursorsWithoutOverlapOrGap() {
    // given seven tasks due on different days
    String group = Processes.uniqueId("paging");
    String processId = Processes.uniqueId("paging");
    Processes.deploy(client, processId, inboxTask(processId, group));
    List<Long> expected = new ArrayList<>();
    for (int day = 7; day >= 1; day--) {
      expected.add(0, start(processId, Map.of("due", "2027-01-0" + day + "T08:00:00Z", "priority", 50)));
    }

    // when paging by three, sorted by due date
    List<Long> forward = new ArrayList<>();
    String cursor = null;
    List<Long> pageSizes = new ArrayList<>();
    do {
      String after = cursor;
      var page = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group))
          .sort(s -> s.dueDate().asc()).page(p -> {
            p.limit(3);
            if (after != null) {
              p.after(after);
            }
          }).send().join();
      page.items().forEach(t -> forward.add(t.getProcessInstanceKey()));
      pageSizes.add((long) page.items().size());
      assertThat(page.page().totalItems()).isEqualTo(7);
      cursor = page.items().isEmpty() ? null : page.page().endCursor();
    } while (cursor != null);
    var last = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group))
        .sort(s -> s.dueDate().asc()).page(p -> p.limit(3).from(4)).send().join();
    var beforeLast = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group))
        .sort(s -> s.dueDate().asc()).page(p -> p.limit(3).before(last.page().startCursor())).send().join();

    // then
    assertThat(forward).containsExactlyElementsOf(expected);
    assertThat(pageSizes).containsExactly(3L, 3L, 1L, 0L);
    assertThat(last.items()).extracting(UserTask::getProcessInstanceKey).containsExactlyElementsOf(expected.subList(4, 7));
    assertThat(beforeLast.items()).extracting(UserTask::getProcessInstanceKey)
        .containsExactlyElementsOf(expected.subList(1, 4));
  }

  @Test
  void shouldPageTasksWithoutDueDateLastInBothDirections() {
    // given three tasks due on different days and three without a due date, in one group
    String group = Processes.uniqueId("nulls");
    String dated = Processes.uniqueId("dated");
    String undated = Processes.uniqueId("undated");
    Processes.deploy(client, dated, inboxTask(dated, group));
    Processes.deploy(client, undated, Bpmn.createExecutableProcess(undated).startEvent()
        .userTask("task", t -> t.zeebeUserTask().zeebeCandidateGroups(group)).endEvent().done());
    List<Long> withDate = new ArrayList<>();
    for (int day = 1; day <= 3; day++) {
      withDate.add(start(dated, Map.of("due", "2027-02-0" + day + "T08:00:00Z", "priority", 50)));
    }
    List<Long> withoutDate = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      withoutDate.add(start(undated, Map.of()));
    }
    // latest due date first, then the tasks without one (ties by key, the way the sort runs)
    java.util.Collections.reverse(withDate);
    java.util.Collections.reverse(withoutDate);
    List<Long> expected = new ArrayList<>(withDate);
    expected.addAll(withoutDate);

    // when paging by two, forward from the start and backward from the last page
    List<Long> forward = new ArrayList<>();
    String after = null;
    for (int page = 0; page < 3; page++) {
      String cursor = after;
      var result = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group))
          .sort(s -> s.dueDate().desc()).page(p -> {
            p.limit(2);
            if (cursor != null) {
              p.after(cursor);
            }
          }).send().join();
      result.items().forEach(t -> forward.add(t.getProcessInstanceKey()));
      after = result.page().endCursor();
    }
    var last = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group))
        .sort(s -> s.dueDate().desc()).page(p -> p.limit(2).from(4)).send().join();
    var middle = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group))
        .sort(s -> s.dueDate().desc()).page(p -> p.limit(2).before(last.page().startCursor())).send().join();
    var first = client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(group))
        .sort(s -> s.dueDate().desc()).page(p -> p.limit(2).before(middle.page().startCursor())).send().join();

    // then
    assertThat(forward).containsExactlyElementsOf(expected);
    assertThat(middle.items()).extracting(UserTask::getProcessInstanceKey)
        .containsExactlyElementsOf(expected.subList(2, 4));
    assertThat(first.items()).extracting(UserTask::getProcessInstanceKey)
        .containsExactlyElementsOf(expected.subList(0, 2));
  }

  @Test
  void shouldFindInstancesByVariableValueStartDateRangeAndDefinitionKey() {
    // given
    String processId = Processes.uniqueId("operate");
    long definition = Processes.deploy(client, processId, Processes.userTask(processId)).getProcesses().get(0)
        .getProcessDefinitionKey();
    long epe = start(processId, Map.of("gemeente", "Epe", "jaar", 2026));
    long deventer = start(processId, Map.of("gemeente", "Deventer", "jaar", 2026));
    OffsetDateTime started = client.newProcessInstanceGetRequest(epe).send().join().getStartDate();

    // when
    var byVariable = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionKey(definition).variables(List.of(v -> v.name("gemeente").value("\"Epe\""))))
        .send().join();
    var byTwoVariables = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).variables(List.of(v -> v.name("jaar").value("2026"),
            v -> v.name("gemeente").value(p -> p.like("\"Dev*")))))
        .send().join();
    var fromStart = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).startDate(d -> d.gte(started))
            .state(ProcessInstanceState.ACTIVE).hasIncident(false))
        .sort(s -> s.startDate().desc()).send().join();
    var beforeStart = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).startDate(d -> d.lt(started))).send().join();

    // then
    assertThat(byVariable.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(epe);
    assertThat(byTwoVariables.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(deventer);
    assertThat(fromStart.page().totalItems()).isEqualTo(2);
    assertThat(fromStart.items()).extracting(ProcessInstance::getProcessInstanceKey).contains(epe, deventer);
    assertThat(beforeStart.items()).isEmpty();
  }

  @Test
  void shouldMatchAnyOfAlternativesAndLikePatterns() {
    // given
    String processId = Processes.uniqueId("alternatives");
    Processes.deploy(client, processId, Processes.userTask(processId));
    long first = start(processId, Map.of());
    long second = start(processId, Map.of());
    long third = start(processId, Map.of());
    client.newCancelInstanceCommand(third).send().join();

    // when
    var either = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(p -> p.like(processId.substring(0, 14) + "*"))
            .orFilters(List.of(o -> o.processInstanceKey(first), o -> o.state(ProcessInstanceState.TERMINATED))))
        .sort(s -> s.processInstanceKey().asc()).send().join();

    // then
    assertThat(either.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(first, third);
    assertThat(either.items()).extracting(ProcessInstance::getProcessInstanceKey).doesNotContain(second);
  }

  @Test
  void shouldCountElementInstancesPerElementOverAllInstancesOfADefinition() {
    // given two waiting instances and a cancelled one
    String processId = Processes.uniqueId("statistics");
    long definition = Processes.deploy(client, processId, Processes.userTask(processId)).getProcesses().get(0)
        .getProcessDefinitionKey();
    start(processId, Map.of());
    start(processId, Map.of());
    client.newCancelInstanceCommand(start(processId, Map.of())).send().join();

    // when
    var statistics = client.newProcessDefinitionElementStatisticsRequest(definition).send().join();

    // then
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("review");
      assertThat(s.getActive()).isEqualTo(2L);
      assertThat(s.getCanceled()).isEqualTo(1L);
    });
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("start");
      assertThat(s.getCompleted()).isEqualTo(3L);
    });
  }

  @Test
  void shouldRejectACursorThatNoPageGaveNamingIt() {
    // when
    Throwable cursor = catchThrowable(() -> client.newUserTaskSearchRequest().page(p -> p.after("not-ours")).send()
        .join());

    // then
    assertThat(Failure.of(cursor)).isEqualTo(Failure.INVALID_ARGUMENT);
    assertThat(cursor).hasMessageContaining("page.after");
  }
}
