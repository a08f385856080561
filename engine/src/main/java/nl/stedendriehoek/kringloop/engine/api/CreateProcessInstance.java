package nl.stedendriehoek.kringloop.engine.api;

import java.util.Map;

/**
 * Start a process: by definition key, or by BPMN process id and version (null or -1 for latest).
 * Variables become variables of the root scope.
 */
public record CreateProcessInstance(
    String bpmnProcessId, Integer version, Long processDefinitionKey, Map<String, Object> variables) {

  public static CreateProcessInstance latest(String bpmnProcessId, Map<String, Object> variables) {
    return new CreateProcessInstance(bpmnProcessId, null, null, variables);
  }

  public static CreateProcessInstance byKey(long processDefinitionKey, Map<String, Object> variables) {
    return new CreateProcessInstance(null, null, processDefinitionKey, variables);
  }
}
