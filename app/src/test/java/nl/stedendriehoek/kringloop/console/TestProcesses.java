package nl.stedendriehoek.kringloop.console;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.awaitility.Awaitility;

/**
 * Small Dutch test processes for the Tasklist, deployed through the app's own Camunda client: one
 * user task for a candidate group, linked to a test form with a required field.
 */
final class TestProcesses {

  static final String FORM_ID = "test-themascan";

  /** A form like the theme scan: a required relevance, an optional remark. */
  static final String FORM = """
      {
        "id": "test-themascan",
        "type": "default",
        "schemaVersion": 16,
        "components": [
          {"type": "text", "id": "intro", "text": "## Themascan (test)"},
          {"type": "number", "id": "relevantie", "key": "relevantie", "label": "Relevantie (1-5)",
           "validate": {"required": true, "min": 1, "max": 5}},
          {"type": "textfield", "id": "toelichting", "key": "toelichting", "label": "Toelichting"}
        ]
      }
      """;

  private final CamundaClient camunda;

  TestProcesses(KringloopInstance kringloop) {
    this.camunda = kringloop.context().getBean(CamundaClient.class);
  }

  /**
   * Deploys process {@code processId} with one task "name" for {@code group}, due at {@code dueDate}.
   *
   * @return the process definition key
   */
  long deploy(String processId, String processName, String taskName, String group, String dueDate) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
        .name(processName)
        .startEvent()
        .userTask("invullen", task -> task.name(taskName)
            .zeebeUserTask()
            .zeebeCandidateGroups(group)
            .zeebeDueDate(dueDate)
            .zeebeFormId(FORM_ID))
        .endEvent()
        .done();
    return camunda.newDeployResourceCommand()
        .addProcessModel(model, processId + ".bpmn")
        .addResourceStringUtf8(FORM, FORM_ID + ".form")
        .send()
        .join()
        .getProcesses()
        .get(0)
        .getProcessDefinitionKey();
  }

  /**
   * Deploys process {@code processId} with one task "name" for {@code group} linked to a form the
   * app deployed itself (one of {@code forms/}), so the real form is what the browser renders.
   */
  void deployWithShippedForm(String processId, String processName, String taskName, String group, String formId) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(processId)
        .name(processName)
        .startEvent()
        .userTask("besluiten", task -> task.name(taskName).zeebeUserTask().zeebeCandidateGroups(group)
            .zeebeFormId(formId))
        .endEvent()
        .done();
    camunda.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
  }

  /** Starts the process for year {@code jaar} and returns the key of its (first) user task. */
  long start(String processId, String jaar) {
    long instance = camunda.newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(Map.of("jaar", jaar))
        .send()
        .join()
        .getProcessInstanceKey();
    return Awaitility.await().atMost(Duration.ofSeconds(10)).until(
        () -> camunda.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items(),
        items -> !items.isEmpty()).get(0).getUserTaskKey();
  }

  /** The open user tasks of a candidate group. */
  List<UserTask> openTasksOf(String group) {
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.candidateGroup(group).state(UserTaskState.CREATED))
        .send()
        .join()
        .items();
  }

  UserTask task(long key) {
    return camunda.newUserTaskGetRequest(key).send().join();
  }

  UserTaskState state(long key) {
    return task(key).getState();
  }

  /** The variables of the task's process instance, by name (JSON values). */
  Map<String, String> processVariables(long key) {
    long instance = task(key).getProcessInstanceKey();
    List<io.camunda.client.api.search.response.Variable> variables = camunda.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instance))
        .send()
        .join()
        .items();
    Map<String, String> byName = new java.util.LinkedHashMap<>();
    variables.forEach(v -> byName.put(v.getName(), v.getValue()));
    return byName;
  }
}
