package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Form;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;

/**
 * Linked forms: a process definition's start form (the form its none start event links by id, in
 * the latest deployed version; the Tasklist shows it before starting a process) and a user task's
 * form, in the version deployed when the task was created. Form reads are REST only in the client.
 */
class LinkedFormTest {

  private final CamundaClient client = Transport.REST.client();

  private static String form(String formId, String label) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16,
         "components": [{"type": "textfield", "key": "jaar", "label": "%s"}]}""".formatted(formId, label);
  }

  private long deployProcessLinking(String processId, String formId) {
    return Processes.deploy(client, processId, Bpmn.createExecutableProcess(processId)
        .startEvent("start").zeebeFormId(formId).endEvent().done()).getProcesses().get(0).getProcessDefinitionKey();
  }

  private void deployForm(String formId, String label) {
    client.newDeployResourceCommand()
        .addResourceString(form(formId, label), StandardCharsets.UTF_8, formId + ".form").send().join();
  }

  @Test
  void shouldServeTheLinkedStartFormInItsLatestVersion() {
    // given
    String formId = Processes.uniqueId("start-formulier");
    deployForm(formId, "Jaar");
    long definitionKey = deployProcessLinking(Processes.uniqueId("met-startformulier"), formId);
    deployForm(formId, "Welk jaar?");

    // when
    Form form = client.newProcessDefinitionGetFormRequest(definitionKey).send().join();

    // then
    assertThat(form.getFormId()).isEqualTo(formId);
    assertThat(form.getVersion()).isEqualTo(2);
    assertThat(String.valueOf(form.getSchema())).contains("Welk jaar?");
    assertThat(form.getFormKey()).isPositive();
  }

  @Test
  void shouldAnswerNoContentForADefinitionWithoutStartForm() {
    // given
    String processId = Processes.uniqueId("zonder-startformulier");
    long definitionKey = Processes.deploy(client, processId, Processes.straightThrough(processId)).getProcesses()
        .get(0).getProcessDefinitionKey();

    // when
    Form form = client.newProcessDefinitionGetFormRequest(definitionKey).send().join();

    // then: the client turns the 204 into a form without id or schema
    assertThat(form.getFormId()).isNull();
    assertThat(form.getSchema()).isNull();
  }

  @Test
  void shouldServeTheFormLinkedToAUserTaskWithItsVersion() {
    // given
    String formId = Processes.uniqueId("taakformulier");
    deployForm(formId, "Jaar");
    deployForm(formId, "Welk jaar?");
    String processId = Processes.uniqueId("met-taakformulier");
    Processes.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("invullen", t -> t.zeebeUserTask().zeebeFormId(formId)).endEvent().done());
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
    long taskKey = org.awaitility.Awaitility.await().until(() -> client.newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).send().join().items(), tasks -> !tasks.isEmpty())
        .get(0).getUserTaskKey();

    // when
    Form form = client.newUserTaskGetFormRequest(taskKey).send().join();

    // then
    assertThat(form.getFormId()).isEqualTo(formId);
    assertThat(form.getVersion()).isEqualTo(2);
    assertThat(String.valueOf(form.getSchema())).contains("Welk jaar?");
  }
}
