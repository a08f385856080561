package nl.stedendriehoek.kringloop.engine.model;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePublishMessage;
import java.util.Collection;
import java.util.Map;

/**
 * What this engine executes today. Everything Camunda 8 accepts but we do not run yet is refused
 * at deployment with a message that points at docs/bpmn-coverage.md, never accepted and then
 * ignored at run time.
 */
final class SupportedElements {

  private static final Map<String, ElementType> TYPES =
      Map.ofEntries(
          Map.entry("startEvent", ElementType.START_EVENT),
          Map.entry("endEvent", ElementType.END_EVENT),
          Map.entry("intermediateThrowEvent", ElementType.INTERMEDIATE_THROW_EVENT),
          Map.entry("intermediateCatchEvent", ElementType.INTERMEDIATE_CATCH_EVENT),
          Map.entry("boundaryEvent", ElementType.BOUNDARY_EVENT),
          Map.entry("serviceTask", ElementType.SERVICE_TASK),
          Map.entry("sendTask", ElementType.SEND_TASK),
          Map.entry("scriptTask", ElementType.SCRIPT_TASK),
          Map.entry("businessRuleTask", ElementType.BUSINESS_RULE_TASK),
          Map.entry("userTask", ElementType.USER_TASK),
          Map.entry("manualTask", ElementType.MANUAL_TASK),
          Map.entry("task", ElementType.TASK),
          Map.entry("exclusiveGateway", ElementType.EXCLUSIVE_GATEWAY),
          Map.entry("parallelGateway", ElementType.PARALLEL_GATEWAY),
          Map.entry("inclusiveGateway", ElementType.INCLUSIVE_GATEWAY),
          Map.entry("subProcess", ElementType.SUB_PROCESS),
          Map.entry("callActivity", ElementType.CALL_ACTIVITY),
          Map.entry("receiveTask", ElementType.RECEIVE_TASK),
          Map.entry("eventBasedGateway", ElementType.EVENT_BASED_GATEWAY));

  /** Start events of event sub-processes this engine opens when their scope activates. */
  private static final java.util.List<Class<? extends EventDefinition>> EVENT_SUB_PROCESS_STARTS =
      java.util.List.of(TimerEventDefinition.class, ErrorEventDefinition.class, EscalationEventDefinition.class,
          MessageEventDefinition.class, SignalEventDefinition.class);

  private SupportedElements() {}

  /** The executable type of {@code node}, or null after recording why it is not supported. */
  static ElementType typeOf(FlowNode node, Problems problems) {
    String typeName = node.getElementType().getTypeName();
    ElementType type = node instanceof SubProcess sub && sub.triggeredByEvent()
        ? ElementType.EVENT_SUB_PROCESS : TYPES.get(typeName);
    if (type == null) {
      problems.add(node.getId(), notYet("elements of type '" + typeName + "'"));
      return null;
    }
    String unsupported = unsupportedFeature(node);
    if (unsupported != null) {
      problems.add(node.getId(), notYet(unsupported));
      return null;
    }
    return type;
  }

  private static String unsupportedFeature(FlowNode node) {
    if (node instanceof Activity activity
        && activity.getLoopCharacteristics() != null
        && !(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics)) {
      return "standard loops";
    }
    if (node instanceof StartEvent start && EventDefinitions.isEventSubProcessStart(start)) {
      return EVENT_SUB_PROCESS_STARTS.stream().anyMatch(kind -> only(start.getEventDefinitions(), kind)) ? null
          : "event sub-process start events with a " + definitionNames(start.getEventDefinitions());
    }
    if (node instanceof StartEvent start && !start.getEventDefinitions().isEmpty()
        && !(onlyTimerMessageOrSignal(start.getEventDefinitions()) && start.getParentElement() instanceof Process)) {
      return "start events with a " + definitionNames(start.getEventDefinitions())
          + (start.getParentElement() instanceof Process ? "" : " inside a sub-process");
    }
    if (node instanceof EndEvent end && end.getEventDefinitions().stream()
        .anyMatch(d -> !(d instanceof TerminateEventDefinition) && !(d instanceof ErrorEventDefinition)
            && !(d instanceof SignalEventDefinition) && !(d instanceof EscalationEventDefinition))) {
      return "end events with a " + definitionNames(end.getEventDefinitions());
    }
    if (node instanceof IntermediateThrowEvent event && !event.getEventDefinitions().isEmpty()
        && !only(event.getEventDefinitions(), SignalEventDefinition.class)
        && !only(event.getEventDefinitions(), EscalationEventDefinition.class)) {
      return "intermediate throw events with a " + definitionNames(event.getEventDefinitions());
    }
    if (node instanceof IntermediateCatchEvent event && !onlyTimerMessageOrSignal(event.getEventDefinitions())) {
      return "intermediate catch events with a " + definitionNames(event.getEventDefinitions());
    }
    if (node instanceof BoundaryEvent event && !onlyTimerMessageOrSignal(event.getEventDefinitions())
        && !only(event.getEventDefinitions(), ErrorEventDefinition.class)
        && !only(event.getEventDefinitions(), EscalationEventDefinition.class)) {
      return "boundary events with a " + definitionNames(event.getEventDefinitions());
    }
    ZeebeCalledDecision decision = node.getSingleExtensionElement(ZeebeCalledDecision.class);
    if (node instanceof BusinessRuleTask && decision != null
        && decision.getBindingType() != null && decision.getBindingType() != ZeebeBindingType.latest) {
      return "called decisions with bindingType '" + decision.getBindingType() + "' (only 'latest')";
    }
    if (node instanceof SendTask && node.getSingleExtensionElement(ZeebePublishMessage.class) != null) {
      return "send tasks publishing a message (zeebe:publishMessage)";
    }
    return null;
  }

  private static boolean onlyTimerMessageOrSignal(Collection<EventDefinition> definitions) {
    return only(definitions, TimerEventDefinition.class) || only(definitions, MessageEventDefinition.class)
        || only(definitions, SignalEventDefinition.class);
  }

  private static boolean only(Collection<EventDefinition> definitions, Class<? extends EventDefinition> kind) {
    return definitions.size() == 1 && kind.isInstance(definitions.iterator().next());
  }

  private static String definitionNames(Collection<EventDefinition> definitions) {
    return definitions.isEmpty() ? "no event definition" : definitions.stream()
        .map(d -> d.getElementType().getTypeName().replace("EventDefinition", ""))
        .collect(java.util.stream.Collectors.joining(", ")) + " event definition";
  }

  private static String notYet(String what) {
    return what + " are not supported by the Kringloop engine yet (see docs/bpmn-coverage.md)";
  }
}
