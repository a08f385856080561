package nl.stedendriehoek.kringloop.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.Signal;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import java.util.Collection;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * Reads the message of message events and receive tasks and the signal of signal events. A
 * message or signal start event belongs to the process definition (its subscription is opened at
 * deployment, without variables), so its name must be static.
 */
final class MessageAndSignalTransformer {

  /** Parses an attribute, recording a problem (and returning null) when it is invalid FEEL. */
  interface Parser {
    Expression parse(BaseElement element, String attribute, String text, boolean alwaysFeel);
  }

  private final Parser parser;
  private final Problems problems;

  MessageAndSignalTransformer(Parser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** Sets the message or signal of {@code node} on {@code element}; false when it has neither. */
  boolean transform(FlowNode node, ExecutableElement element) {
    if (node instanceof ReceiveTask task) {
      element.setMessage(message(node, task.getMessage()));
      return true;
    }
    for (EventDefinition definition : definitions(node)) {
      if (definition instanceof MessageEventDefinition message) {
        element.setMessage(message(node, message.getMessage()));
        return true;
      }
      if (definition instanceof SignalEventDefinition signal) {
        element.setSignal(signal(node, signal.getSignal()));
        return true;
      }
    }
    return false;
  }

  private static Collection<EventDefinition> definitions(FlowNode node) {
    if (node instanceof CatchEvent event) {
      return event.getEventDefinitions();
    }
    if (node instanceof ThrowEvent event) {
      return event.getEventDefinitions();
    }
    return List.of();
  }

  private MessageDefinition message(FlowNode node, Message message) {
    if (message == null || message.getName() == null || message.getName().isBlank()) {
      problems.add(node.getId(), "a message event or receive task needs a message with a name");
      return null;
    }
    Expression name = parser.parse(node, "message name", message.getName(), false);
    if (node instanceof StartEvent start && !(start.getParentElement() instanceof SubProcess)) {
      return staticName(node, name, "message") ? new MessageDefinition(name, null) : null;
    }
    ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
    String key = subscription == null ? null : subscription.getCorrelationKey();
    if (key == null || key.isBlank()) {
      problems.add(node.getId(), "a message catch event, receive task, message boundary event or event"
          + " sub-process message start event needs"
          + " zeebe:subscription with a correlationKey");
      return null;
    }
    Expression correlationKey = parser.parse(node, "zeebe:subscription correlationKey", key, false);
    return name == null || correlationKey == null ? null : new MessageDefinition(name, correlationKey);
  }

  private SignalDefinition signal(FlowNode node, Signal signal) {
    if (signal == null || signal.getName() == null || signal.getName().isBlank()) {
      problems.add(node.getId(), "a signal event needs a signal with a name");
      return null;
    }
    Expression name = parser.parse(node, "signal name", signal.getName(), false);
    if (node instanceof StartEvent && !staticName(node, name, "signal")) {
      return null;
    }
    return name == null ? null : new SignalDefinition(name);
  }

  private boolean staticName(FlowNode node, Expression name, String kind) {
    if (name != null && !name.isStatic()) {
      problems.add(node.getId(), kind + " start events with a FEEL name are not supported by the Kringloop"
          + " engine yet (see docs/bpmn-coverage.md)");
      return false;
    }
    return name != null;
  }
}
