package nl.stedendriehoek.kringloop.engine.execution.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.api.UserTaskFilter;
import nl.stedendriehoek.kringloop.engine.api.UserTaskUpdate;
import nl.stedendriehoek.kringloop.engine.api.UserTaskView;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

class UserTaskTest extends EngineTest {

  private static UserTaskView onlyTask(long instance) {
    List<UserTaskView> tasks = queries.userTasks(UserTaskFilter.ofProcessInstance(instance));
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  @Test
  void camundaUserTaskCarriesAssignmentScheduleAndPriority() {
    // given
    deploy(Bpmn.createExecutableProcess("review").startEvent()
        .userTask("check", u -> u.zeebeUserTask().zeebeAssignee("anna").zeebeCandidateGroups("board, staff")
            .zeebeCandidateUsers("bob").zeebeDueDate("2026-03-09T17:00:00+01:00")
            .zeebeFollowUpDate("2026-03-05T09:00:00Z").zeebeTaskPriority("80").zeebeTaskHeader("kind", "review"))
        .endEvent().done());

    // when
    long instance = start("review");

    // then
    UserTaskView task = onlyTask(instance);
    assertThat(task.state()).isEqualTo("CREATED");
    assertThat(task.elementId()).isEqualTo("check");
    assertThat(task.assignee()).isEqualTo("anna");
    assertThat(task.candidateGroups()).containsExactly("board", "staff");
    assertThat(task.candidateUsers()).containsExactly("bob");
    assertThat(task.dueDate()).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
    assertThat(task.followUpDate()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
    assertThat(task.priority()).isEqualTo(80);
    assertThat(task.customHeaders()).containsEntry("kind", "review");
    assertThat(task.creationDate()).isEqualTo(T0);
  }

  @Test
  void propertiesCanBeFeelExpressions() {
    // given
    deploy(Bpmn.createExecutableProcess("dyn").startEvent()
        .userTask("t", u -> u.zeebeUserTask().zeebeAssigneeExpression("owner")
            .zeebeCandidateGroupsExpression("[team, \"audit\"]")
            .zeebeDueDateExpression("string(now() + duration(\"P2D\"))").zeebeTaskPriorityExpression("level * 10"))
        .endEvent().done());

    // when
    long instance = start("dyn", Map.of("owner", "carla", "team", "ops", "level", 3));

    // then
    UserTaskView task = onlyTask(instance);
    assertThat(task.assignee()).isEqualTo("carla");
    assertThat(task.candidateGroups()).containsExactly("ops", "audit");
    assertThat(task.dueDate()).isEqualTo(T0.plusSeconds(2 * 24 * 3600));
    assertThat(task.priority()).isEqualTo(30);
  }

  @Test
  void priorityDefaultsToFiftyAndTaskWithoutAssigneeIsUnassigned() {
    // given
    deploy(Bpmn.createExecutableProcess("plain").startEvent().userTask("t", u -> u.zeebeUserTask())
        .endEvent().done());

    // when
    long instance = start("plain");

    // then
    UserTaskView task = onlyTask(instance);
    assertThat(task.priority()).isEqualTo(50);
    assertThat(task.assignee()).isNull();
    assertThat(task.formKey()).isNull();
  }

  @Test
  void linkedFormIsBoundToTheLatestDeployedFormVersion() {
    // given
    var forms = service.deploy(List.of(new Resource("intake.form",
        "{\"id\":\"intake\",\"components\":[]}".getBytes(StandardCharsets.UTF_8))));
    deploy(Bpmn.createExecutableProcess("withForm").startEvent()
        .userTask("fill", u -> u.zeebeUserTask().zeebeFormId("intake")).endEvent().done());

    // when
    long instance = start("withForm");

    // then
    assertThat(onlyTask(instance).formKey()).isEqualTo(forms.forms().get(0).formKey());
  }

  @Test
  void formBindingOtherThanLatestIsRefusedAtDeployment() {
    // given
    var model = Bpmn.createExecutableProcess("bound").startEvent()
        .userTask("fill", u -> u.zeebeUserTask().zeebeFormId("intake")
            .zeebeFormBindingType(io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType.deployment))
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'fill'")
        .hasMessageContaining("bindingType 'deployment'");
  }

  @Test
  void missingLinkedFormRaisesAnIncidentThatResolvesOnceTheFormIsDeployed() {
    // given
    deploy(Bpmn.createExecutableProcess("noForm").startEvent()
        .userTask("fill", u -> u.zeebeUserTask().zeebeFormId("later")).endEvent().done());
    long instance = start("noForm");
    var incident = activeIncidents(instance).get(0);
    assertThat(incident.errorType()).isEqualTo("FORM_NOT_FOUND");
    assertThat(incident.errorMessage()).contains("'later'").contains("'fill'");

    // when
    service.deploy(List.of(new Resource("later.form",
        "{\"id\":\"later\",\"components\":[]}".getBytes(StandardCharsets.UTF_8))));
    service.resolveIncident(incident.incidentKey());

    // then
    assertThat(onlyTask(instance).formKey()).isNotNull();
  }

  @Test
  void customFormKeyBecomesTheExternalFormReference() {
    // given
    deploy(Bpmn.createExecutableProcess("ext").startEvent()
        .userTask("fill", u -> u.zeebeUserTask().zeebeExternalFormReference("https://forms.example/a"))
        .endEvent().done());

    // when
    long instance = start("ext");

    // then
    assertThat(onlyTask(instance).externalFormReference()).isEqualTo("https://forms.example/a");
  }

  @Test
  void completingTheTaskMergesItsVariablesAndContinues() {
    // given
    deploy(Bpmn.createExecutableProcess("done").startEvent().userTask("t", u -> u.zeebeUserTask())
        .endEvent().done());
    long instance = start("done", Map.of("approved", false));
    long taskKey = onlyTask(instance).userTaskKey();

    // when
    service.completeUserTask(taskKey, Map.of("approved", true, "comment", "ok"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(queries.userTask(taskKey).state()).isEqualTo("COMPLETED");
    assertThat(queries.userTask(taskKey).completionDate()).isEqualTo(T0);
    assertThat(variables(instance)).containsEntry("approved", true).containsEntry("comment", "ok");
    assertThatThrownBy(() -> service.completeUserTask(taskKey, Map.of()))
        .isInstanceOf(InvalidStateException.class);
  }

  @Test
  void assignUnassignAndUpdateChangeTheOpenTask() {
    // given
    deploy(Bpmn.createExecutableProcess("assign").startEvent().userTask("t", u -> u.zeebeUserTask())
        .endEvent().done());
    long instance = start("assign");
    long taskKey = onlyTask(instance).userTaskKey();

    // when
    service.assignUserTask(taskKey, "dirk", true);

    // then
    assertThat(queries.userTask(taskKey).assignee()).isEqualTo("dirk");
    assertThatThrownBy(() -> service.assignUserTask(taskKey, "eva", false))
        .isInstanceOf(InvalidStateException.class).hasMessageContaining("'dirk'");

    // when
    service.unassignUserTask(taskKey);
    service.updateUserTask(taskKey, new UserTaskUpdate(List.of("g1"), null, T0.plusSeconds(60), null, 99));

    // then
    UserTaskView task = queries.userTask(taskKey);
    assertThat(task.assignee()).isNull();
    assertThat(task.candidateGroups()).containsExactly("g1");
    assertThat(task.dueDate()).isEqualTo(T0.plusSeconds(60));
    assertThat(task.priority()).isEqualTo(99);
    assertThatThrownBy(() -> service.updateUserTask(taskKey, new UserTaskUpdate(null, null, null, null, 101)))
        .isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void tasksCanBeSearchedByStateAssigneeAndCandidateGroup() {
    // given
    deploy(Bpmn.createExecutableProcess("s").startEvent()
        .userTask("t", u -> u.zeebeUserTask().zeebeAssigneeExpression("who").zeebeCandidateGroupsExpression("groups"))
        .endEvent().done());
    start("s", Map.of("who", "anna", "groups", List.of("board")));
    start("s", Map.of("who", "bob", "groups", List.of("staff")));

    // when / then
    assertThat(queries.userTasks(new UserTaskFilter("CREATED", "anna", null, null, null))).hasSize(1);
    assertThat(queries.userTasks(new UserTaskFilter(null, null, "staff", null, null)))
        .singleElement().satisfies(t -> assertThat(t.assignee()).isEqualTo("bob"));
    assertThat(queries.userTasks(new UserTaskFilter("COMPLETED", null, null, null, null))).isEmpty();
  }

  @Test
  void cancellingTheInstanceCancelsTheTask() {
    // given
    deploy(Bpmn.createExecutableProcess("c").startEvent().userTask("t", u -> u.zeebeUserTask()).endEvent().done());
    long instance = start("c");

    // when
    service.cancelProcessInstance(instance);

    // then
    assertThat(onlyTask(instance).state()).isEqualTo("CANCELED");
  }

  @Test
  void invalidDueDateRaisesAnIncidentNamingTheProperty() {
    // given
    deploy(Bpmn.createExecutableProcess("bad").startEvent()
        .userTask("t", u -> u.zeebeUserTask().zeebeDueDateExpression("\"next tuesday\"")).endEvent().done());

    // when
    long instance = start("bad");

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(i -> {
      assertThat(i.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(i.errorMessage()).contains("dueDate").contains("next tuesday");
    });
    assertThat(queries.userTasks(UserTaskFilter.ofProcessInstance(instance))).isEmpty();
  }

  @Test
  void userTaskWithoutMarkerIsAJobForTheTasklistWorker() {
    // given
    deploy(Bpmn.createExecutableProcess("legacy").startEvent()
        .userTask("t", u -> u.zeebeAssignee("anna").zeebeUserTaskForm("form1", "{\"components\":[]}"))
        .endEvent().done());
    long instance = start("legacy");

    // when
    var job = activateOne("io.camunda.zeebe:userTask");

    // then
    assertThat(job.customHeaders()).containsEntry("io.camunda.zeebe:assignee", "anna")
        .containsEntry("io.camunda.zeebe:formKey", "camunda-forms:bpmn:form1");
    service.completeJob(job.jobKey(), Map.of());
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }
}
