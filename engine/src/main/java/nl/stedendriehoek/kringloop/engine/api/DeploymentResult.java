package nl.stedendriehoek.kringloop.engine.api;

import java.util.List;

/** What a deployment created (or found unchanged), shaped like Camunda's deploy response. */
public record DeploymentResult(
    long deploymentKey,
    List<ProcessMetadata> processes,
    List<FormMetadata> forms,
    List<DecisionRequirementsMetadata> decisionRequirements) {

  public record ProcessMetadata(
      String bpmnProcessId, int version, long processDefinitionKey, String resourceName) {}

  public record FormMetadata(String formId, int version, long formKey, String resourceName) {}

  public record DecisionRequirementsMetadata(
      String dmnDecisionRequirementsId, int version, long decisionRequirementsKey, String resourceName) {}

  /** The deployed process with this id; for tests and callers that deployed one. */
  public ProcessMetadata process(String bpmnProcessId) {
    return processes.stream()
        .filter(p -> p.bpmnProcessId().equals(bpmnProcessId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no process '" + bpmnProcessId + "' in deployment"));
  }
}
