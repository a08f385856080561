package nl.stedendriehoek.kringloop.engine.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.api.UserTaskFilter;
import nl.stedendriehoek.kringloop.engine.api.UserTaskView;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * A deleted form is no longer linked to new user tasks (they take the latest form that is left,
 * or raise an incident when none is); a task that linked it before keeps showing it.
 */
class FormDeletionTest extends EngineTest {

  private static long deployForm(String label) {
    return service.deploy(List.of(new Resource("aanvraag.form", ("""
        {"id": "aanvraag", "type": "default", "components": [{"type": "textfield", "key": "naam", "label": "%s"}]}
        """.formatted(label)).getBytes(StandardCharsets.UTF_8)))).forms().get(0).formKey();
  }

  private static UserTaskView startTask() {
    deploy(Bpmn.createExecutableProcess("form-user").startEvent()
        .userTask("fill", t -> t.zeebeUserTask().zeebeFormId("aanvraag")).endEvent().done());
    long instance = start("form-user");
    return queries.userTasks(new UserTaskFilter(null, null, null, instance, null)).stream().findFirst().orElse(null);
  }

  @Test
  void shouldLinkNewTasksToThePreviousFormVersionAndKeepTheOldTasksForm() {
    // given
    long first = deployForm("Naam");
    long second = deployForm("Naam van de aanvrager");
    UserTaskView before = startTask();

    // when
    service.deleteResource(second, null);
    UserTaskView after = startTask();

    // then
    assertThat(after.formKey()).isEqualTo(first);
    assertThat(before.formKey()).isEqualTo(second);
    assertThat(queries.form(second).schema()).contains("Naam van de aanvrager");
  }

  @Test
  void shouldRaiseAnIncidentWhenNoFormIsLeft() {
    // given
    long only = deployForm("Naam");

    // when
    service.deleteResource(only, null);
    deploy(Bpmn.createExecutableProcess("form-user").startEvent()
        .userTask("fill", t -> t.zeebeUserTask().zeebeFormId("aanvraag")).endEvent().done());
    long instance = start("form-user");

    // then
    assertThat(activeIncidents(instance)).singleElement()
        .satisfies(incident -> assertThat(incident.errorType()).isEqualTo("FORM_NOT_FOUND"));
  }
}
