package nl.stedendriehoek.kringloop.engine.model;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.feel.Expression;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.FeelParseException;

/**
 * Turns a validated BPMN model into executable graphs, one per executable process, parsing every
 * FEEL expression on the way. Problems are collected (resource, element, rule) rather than thrown
 * one by one, so a modeller sees them all at once.
 */
public final class ProcessTransformer {

  private final FeelEvaluator feel;

  public ProcessTransformer(FeelEvaluator feel) {
    this.feel = feel;
  }

  /** Transforms every executable process, or throws with all problems found. */
  public List<ExecutableProcess> transform(String resourceName, BpmnModelInstance model) {
    Problems problems = new Problems(resourceName);
    ZeebeExtensions.check(model, problems);
    List<ExecutableProcess> processes = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        processes.add(transformProcess(process, problems));
      }
    }
    if (processes.isEmpty()) {
      problems.add(null, "the resource contains no executable process (isExecutable=\"true\")");
    }
    problems.throwIfAny();
    return processes;
  }

  private ExecutableProcess transformProcess(Process process, Problems problems) {
    ZeebeVersionTag versionTag = process.getSingleExtensionElement(ZeebeVersionTag.class);
    ExecutableElement root =
        new ExecutableElement(process.getId(), process.getName(), ElementType.PROCESS, null);
    Map<String, ExecutableElement> elements = new LinkedHashMap<>();
    Map<String, SequenceFlow> flows = new LinkedHashMap<>();
    elements.put(root.id(), root);
    addChildren(root, process.getFlowElements(), elements, flows, problems);
    InclusiveJoins.computeReachability(elements.values());
    return new ExecutableProcess(
        process.getId(),
        process.getName(),
        versionTag == null ? null : versionTag.getValue(),
        root,
        Map.copyOf(elements),
        Map.copyOf(flows));
  }

  private void addChildren(
      ExecutableElement scope,
      Collection<FlowElement> flowElements,
      Map<String, ExecutableElement> elements,
      Map<String, SequenceFlow> flows,
      Problems problems) {
    List<io.camunda.zeebe.model.bpmn.instance.SequenceFlow> sequenceFlows = new ArrayList<>();
    for (FlowElement flowElement : flowElements) {
      if (flowElement instanceof io.camunda.zeebe.model.bpmn.instance.SequenceFlow flow) {
        sequenceFlows.add(flow);
      } else if (flowElement instanceof FlowNode node) {
        ExecutableElement element = transformNode(scope, node, problems);
        if (element != null) {
          elements.put(element.id(), element);
          if (node instanceof SubProcess subProcess) {
            addChildren(element, subProcess.getFlowElements(), elements, flows, problems);
            if (subProcess.triggeredByEvent()) {
              EventDefinitions.checkEventSubProcess(subProcess, element, problems);
            } else {
              checkNoneStart(subProcess, element, problems);
            }
          }
        }
      }
      // data objects and data store references are modelling-only, as in Camunda 8
    }
    for (FlowElement flowElement : flowElements) {
      if (flowElement instanceof BoundaryEvent boundary) {
        ExecutableElement event = elements.get(boundary.getId());
        ExecutableElement activity =
            boundary.getAttachedTo() == null ? null : elements.get(boundary.getAttachedTo().getId());
        if (event != null && activity != null) {
          event.attachTo(activity, boundary.cancelActivity());
        }
      }
    }
    for (var flow : sequenceFlows) {
      Expression condition = parseCondition(flow, problems);
      SequenceFlow executable =
          new SequenceFlow(flow.getId(), flow.getSource().getId(), flow.getTarget().getId(), condition);
      flows.put(executable.id(), executable);
      ExecutableElement source = elements.get(executable.sourceId());
      ExecutableElement target = elements.get(executable.targetId());
      if (source != null && target != null) {
        source.addOutgoing(executable);
        target.addIncoming(executable);
      }
    }
    if (scope.type() == ElementType.PROCESS
        && scope.children().stream().noneMatch(c -> c.type() == ElementType.START_EVENT)) {
      problems.add(scope.id(), "a process needs a none start event or a timer start event to be started");
    }
  }

  private void checkNoneStart(SubProcess subProcess, ExecutableElement element, Problems problems) {
    if (element.children().stream().noneMatch(c -> c.type() == ElementType.START_EVENT)) {
      problems.add(subProcess.getId(), "an embedded sub-process needs a none start event");
    }
  }

  private ExecutableElement transformNode(ExecutableElement scope, FlowNode node, Problems problems) {
    ElementType type = SupportedElements.typeOf(node, problems);
    if (type == null) {
      return null;
    }
    ExecutableElement element = new ExecutableElement(node.getId(), node.getName(), type, scope);
    transformMappings(node, element, problems);
    if (node instanceof Activity activity
        && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
      element.setLoop(loopDefinition(node, loop, problems));
    }
    if (new MessageAndSignalTransformer((el, attribute, text, alwaysFeel) ->
        parse(el, attribute, text, alwaysFeel, problems), problems).transform(node, element)) {
      if (node instanceof StartEvent start && EventDefinitions.isEventSubProcessStart(start)) {
        element.markInterrupting(start.isInterrupting());
      }
      return element;
    }
    switch (type) {
      case SERVICE_TASK, SEND_TASK -> element.setJob(jobDefinition(node, problems));
      case BUSINESS_RULE_TASK -> transformBusinessRuleTask(node, element, problems);
      case CALL_ACTIVITY -> transformCallActivity(node, element, problems);
      case INTERMEDIATE_CATCH_EVENT -> element.setTimer(timer((CatchEvent) node, problems));
      case START_EVENT -> {
        if (EventDefinitions.isEventSubProcessStart((StartEvent) node)) {
          EventDefinitions.transformEventSubProcessStart((StartEvent) node, element, e -> timer(e, problems));
        } else if (!((StartEvent) node).getEventDefinitions().isEmpty()) {
          TimerDefinition timer = timer((CatchEvent) node, problems);
          if (timer != null && !timer.expression().isStatic()) {
            problems.add(node.getId(), "timer start events with a FEEL expression are not supported by the"
                + " Kringloop engine yet (see docs/bpmn-coverage.md)");
          }
          element.setTimer(timer);
        }
      }
      case BOUNDARY_EVENT -> EventDefinitions.transformCatch((BoundaryEvent) node, element, e -> timer(e, problems));
      case INTERMEDIATE_THROW_EVENT -> EventDefinitions.transformEscalationThrow(node,
          ((io.camunda.zeebe.model.bpmn.instance.ThrowEvent) node).getEventDefinitions(), element,
          (el, attribute, text) -> parse(el, attribute, text, false, problems), problems);
      case SCRIPT_TASK -> transformScriptTask((ScriptTask) node, element, problems);
      case USER_TASK -> new UserTaskTransformer((el, attribute, text, alwaysFeel) ->
          parse(el, attribute, text, alwaysFeel, problems), problems).transform((UserTask) node, element);
      case EXCLUSIVE_GATEWAY -> {
        var defaultFlow = ((ExclusiveGateway) node).getDefault();
        element.setDefaultFlowId(defaultFlow == null ? null : defaultFlow.getId());
      }
      case INCLUSIVE_GATEWAY -> {
        var defaultFlow = ((InclusiveGateway) node).getDefault();
        element.setDefaultFlowId(defaultFlow == null ? null : defaultFlow.getId());
      }
      case END_EVENT -> {
        EventDefinitions.transformEscalationThrow(node, ((EndEvent) node).getEventDefinitions(), element,
            (el, attribute, text) -> parse(el, attribute, text, false, problems), problems);
        if (((EndEvent) node).getEventDefinitions().stream()
            .anyMatch(d -> d instanceof TerminateEventDefinition)) {
          element.markTerminateEndEvent();
        }
        ((EndEvent) node).getEventDefinitions().stream()
            .filter(d -> d instanceof ErrorEventDefinition).map(d -> (ErrorEventDefinition) d).findFirst()
            .ifPresent(error -> {
              String code = error.getError() == null ? null : error.getError().getErrorCode();
              if (code == null || code.isBlank()) {
                problems.add(node.getId(), "an error end event needs an error with an errorCode");
              } else {
                element.throwError(parse(node, "errorCode", code, false, problems));
              }
            });
      }
      default -> {
        // no type-specific parts
      }
    }
    return element;
  }

  private void transformMappings(FlowNode node, ExecutableElement element, Problems problems) {
    ZeebeIoMapping ioMapping = node.getSingleExtensionElement(ZeebeIoMapping.class);
    if (ioMapping == null) {
      return;
    }
    element.setMappings(
        mappings(node, ioMapping.getInputs(), "zeebe:input", problems),
        mappings(node, ioMapping.getOutputs(), "zeebe:output", problems));
  }

  private List<Mapping> mappings(
      FlowNode node, Collection<? extends ZeebeMapping> mappings, String kind, Problems problems) {
    List<Mapping> result = new ArrayList<>();
    for (ZeebeMapping mapping : mappings) {
      String source = mapping.getSource() == null ? "null" : mapping.getSource();
      Expression expression = parse(node, kind + " source", source, true, problems);
      if (expression != null) {
        result.add(new Mapping(expression, mapping.getTarget()));
      }
    }
    return result;
  }

  private LoopDefinition loopDefinition(
      FlowNode node, MultiInstanceLoopCharacteristics loop, Problems problems) {
    ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
    if (zeebe == null || zeebe.getInputCollection() == null || zeebe.getInputCollection().isBlank()) {
      problems.add(node.getId(), "a multi-instance activity needs zeebe:loopCharacteristics with an inputCollection");
      return null;
    }
    Expression input =
        parse(node, "zeebe:loopCharacteristics inputCollection", zeebe.getInputCollection(), true, problems);
    Expression output = zeebe.getOutputElement() == null || zeebe.getOutputElement().isBlank()
        ? null
        : parse(node, "zeebe:loopCharacteristics outputElement", zeebe.getOutputElement(), true, problems);
    String condition = loop.getCompletionCondition() == null ? null : loop.getCompletionCondition().getTextContent();
    Expression completion = condition == null || condition.isBlank()
        ? null
        : parse(node, "completionCondition", condition, true, problems);
    String outputCollection = blankToNull(zeebe.getOutputCollection());
    return new LoopDefinition(
        loop.isSequential(), input, blankToNull(zeebe.getInputElement()), outputCollection, output,
        output == null || output.path() == null ? null : output.path().get(0), completion);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private JobDefinition jobDefinition(BaseElement node, Problems problems) {
    ZeebeTaskDefinition definition = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (definition == null || definition.getType() == null || definition.getType().isBlank()) {
      problems.add(node.getId(), "a job-based task needs zeebe:taskDefinition with a job type");
      return null;
    }
    Expression type = parse(node, "zeebe:taskDefinition type", definition.getType(), false, problems);
    String retriesText = definition.getRetries() == null ? "3" : definition.getRetries();
    Expression retries = parse(node, "zeebe:taskDefinition retries", retriesText, false, problems);
    return new JobDefinition(type, retries, TaskHeaders.of(node));
  }

  private void transformBusinessRuleTask(FlowNode node, ExecutableElement element, Problems problems) {
    ZeebeCalledDecision decision = node.getSingleExtensionElement(ZeebeCalledDecision.class);
    if (decision == null) {
      element.setJob(jobDefinition(node, problems));
      return;
    }
    Expression decisionId = parse(node, "zeebe:calledDecision decisionId", decision.getDecisionId(), false, problems);
    element.setCalledDecision(new CalledDecisionDefinition(decisionId, decision.getResultVariable()));
  }

  private void transformCallActivity(FlowNode node, ExecutableElement element, Problems problems) {
    ZeebeCalledElement called = node.getSingleExtensionElement(ZeebeCalledElement.class);
    if (called == null || called.getProcessId() == null || called.getProcessId().isBlank()) {
      problems.add(node.getId(), "a call activity needs zeebe:calledElement with a processId");
      return;
    }
    Expression processId = parse(node, "zeebe:calledElement processId", called.getProcessId(), false, problems);
    CalledElementDefinition.Binding binding = called.getBindingType() == null ? CalledElementDefinition.Binding.LATEST
        : switch (called.getBindingType()) {
          case deployment -> CalledElementDefinition.Binding.DEPLOYMENT;
          case versionTag -> CalledElementDefinition.Binding.VERSION_TAG;
          default -> CalledElementDefinition.Binding.LATEST;
        };
    element.setCalledElement(new CalledElementDefinition(
        processId, called.isPropagateAllParentVariablesEnabled(), called.isPropagateAllChildVariablesEnabled(),
        binding, blankToNull(called.getVersionTag())));
  }

  private TimerDefinition timer(CatchEvent event, Problems problems) {
    TimerEventDefinition definition = (TimerEventDefinition) event.getEventDefinitions().iterator().next();
    TimerDefinition.Kind kind;
    String text;
    if (definition.getTimeDate() != null) {
      kind = TimerDefinition.Kind.DATE;
      text = definition.getTimeDate().getTextContent();
    } else if (definition.getTimeDuration() != null) {
      kind = TimerDefinition.Kind.DURATION;
      text = definition.getTimeDuration().getTextContent();
    } else if (definition.getTimeCycle() != null) {
      kind = TimerDefinition.Kind.CYCLE;
      text = definition.getTimeCycle().getTextContent();
    } else {
      problems.add(event.getId(), "a timer needs a timeDate, timeDuration or timeCycle");
      return null;
    }
    String attribute = "timer " + kind.name().toLowerCase(java.util.Locale.ROOT);
    Expression expression = parse(event, attribute, text == null ? "" : text.strip(), false, problems);
    if (expression == null) {
      return null;
    }
    if (expression.isStatic()) {
      try {
        TimerSchedules.schedule(kind, expression.source(), java.time.Instant.EPOCH);
      } catch (IllegalArgumentException e) {
        problems.add(event.getId(), attribute + ": " + e.getMessage());
        return null;
      }
    }
    return new TimerDefinition(kind, expression);
  }

  private void transformScriptTask(ScriptTask node, ExecutableElement element, Problems problems) {
    ZeebeScript script = node.getSingleExtensionElement(ZeebeScript.class);
    if (script == null) {
      element.setJob(jobDefinition(node, problems));
      return;
    }
    Expression expression = parse(node, "zeebe:script expression", script.getExpression(), true, problems);
    element.setScript(new ScriptDefinition(expression, script.getResultVariable()));
  }

  private Expression parseCondition(
      io.camunda.zeebe.model.bpmn.instance.SequenceFlow flow, Problems problems) {
    ConditionExpression condition = flow.getConditionExpression();
    if (condition == null || condition.getTextContent() == null || condition.getTextContent().isBlank()) {
      return null;
    }
    return parse(flow, "conditionExpression", condition.getTextContent(), true, problems);
  }

  private Expression parse(
      BaseElement element, String attribute, String text, boolean alwaysFeel, Problems problems) {
    if (text == null) {
      return null;
    }
    try {
      return alwaysFeel ? feel.parseFeel(text) : feel.parseAttribute(text);
    } catch (FeelParseException e) {
      problems.add(element.getId(), attribute + ": " + e.getMessage());
      return null;
    }
  }
}
