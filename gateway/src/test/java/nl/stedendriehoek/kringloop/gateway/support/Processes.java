package nl.stedendriehoek.kringloop.gateway.support;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.UUID;

/** Small processes for the conformance tests, each under a fresh id so tests never see each other's data. */
public final class Processes {

  private Processes() {}

  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** start → service task of {@code jobType} → end. */
  public static BpmnModelInstance serviceTask(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .serviceTask("task", t -> t.zeebeJobType(jobType).zeebeJobRetries("3"))
        .endEvent("end")
        .done();
  }

  /** start → Camunda user task → end. */
  public static BpmnModelInstance userTask(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("reviewers"))
        .endEvent("end")
        .done();
  }

  /** start → end. */
  public static BpmnModelInstance straightThrough(String processId) {
    return Bpmn.createExecutableProcess(processId).startEvent("start").endEvent("end").done();
  }

  public static DeploymentEvent deploy(CamundaClient client, String processId, BpmnModelInstance model) {
    return client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
  }
}
