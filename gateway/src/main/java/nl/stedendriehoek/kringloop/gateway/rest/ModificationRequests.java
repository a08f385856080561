package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.ModifyProcessInstanceVariableInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationActivateInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationTerminateInstruction;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.ModifyProcessInstance;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.Keys;

/** {@code POST /v2/process-instances/{key}/modification} body → the engine's modification command. */
final class ModificationRequests {

  private ModificationRequests() {}

  static ModifyProcessInstance of(long processInstanceKey, ProcessInstanceModificationInstruction body) {
    List<ModifyProcessInstance.ActivateElement> activations = orEmpty(body.getActivateInstructions()).stream()
        .map(ModificationRequests::activation).toList();
    List<Long> terminations = orEmpty(body.getTerminateInstructions()).stream()
        .map(ModificationRequests::termination).toList();
    return new ModifyProcessInstance(processInstanceKey, activations, terminations);
  }

  private static ModifyProcessInstance.ActivateElement activation(ProcessInstanceModificationActivateInstruction a) {
    if (a == null || a.getElementId() == null || a.getElementId().isBlank()) {
      throw new InvalidRequestException("Expected every activate instruction to have an elementId, but one has none");
    }
    Long ancestor = Keys.parseOptional("ancestorElementInstanceKey", a.getAncestorElementInstanceKey());
    List<ModifyProcessInstance.ScopedVariables> variables = orEmpty(a.getVariableInstructions()).stream()
        .map(ModificationRequests::variables).toList();
    return new ModifyProcessInstance.ActivateElement(a.getElementId(), ancestor != null && ancestor <= 0 ? null
        : ancestor, variables);
  }

  private static ModifyProcessInstance.ScopedVariables variables(ModifyProcessInstanceVariableInstruction v) {
    if (v == null || v.getVariables() == null) {
      throw new InvalidRequestException("Expected every variable instruction to have variables, but one has none");
    }
    return new ModifyProcessInstance.ScopedVariables(v.getScopeId(), v.getVariables());
  }

  private static Long termination(ProcessInstanceModificationTerminateInstruction t) {
    if (t == null || t.getElementInstanceKey() == null) {
      throw new InvalidRequestException(
          "Expected every terminate instruction to have an elementInstanceKey, but one has none");
    }
    return Keys.parse("elementInstanceKey", t.getElementInstanceKey());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
