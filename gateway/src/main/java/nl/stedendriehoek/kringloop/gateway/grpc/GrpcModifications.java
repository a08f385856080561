package nl.stedendriehoek.kringloop.gateway.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceRequest;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.ModifyProcessInstance;

/** {@code ModifyProcessInstance} request → the engine's modification command (as the REST endpoint does). */
final class GrpcModifications {

  private GrpcModifications() {}

  static ModifyProcessInstance of(ModifyProcessInstanceRequest request) {
    List<ModifyProcessInstance.ActivateElement> activations = request.getActivateInstructionsList().stream()
        .map(a -> new ModifyProcessInstance.ActivateElement(a.getElementId(),
            a.getAncestorElementInstanceKey() > 0 ? a.getAncestorElementInstanceKey() : null,
            a.getVariableInstructionsList().stream()
                .map(v -> new ModifyProcessInstance.ScopedVariables(v.getScopeId(),
                    GrpcVariables.parse("variableInstructions.variables", v.getVariables())))
                .toList()))
        .toList();
    List<Long> terminations = request.getTerminateInstructionsList().stream()
        .map(t -> t.getElementInstanceKey()).toList();
    return new ModifyProcessInstance(request.getProcessInstanceKey(), activations, terminations);
  }
}
