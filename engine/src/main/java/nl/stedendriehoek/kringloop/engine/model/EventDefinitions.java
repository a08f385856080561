package nl.stedendriehoek.kringloop.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import java.util.Collection;
import nl.stedendriehoek.kringloop.engine.feel.Expression;

/**
 * The error and escalation parts of events, and the start events of event sub-processes: which
 * code a catch event catches (static; none catches all), which code a throw event throws (static
 * or FEEL), and whether an event sub-process start interrupts its scope.
 */
final class EventDefinitions {

  /** Parses an attribute of an element (static value or {@code =FEEL}). */
  interface Parser {
    Expression parse(BaseElement element, String attribute, String text);
  }

  /** Reads the timer of a catch event. */
  interface Timers {
    TimerDefinition timer(CatchEvent event);
  }

  private EventDefinitions() {}

  static boolean isEventSubProcessStart(StartEvent start) {
    return start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent();
  }

  /** An error, escalation or timer catch definition (a boundary event or event sub-process start). */
  static void transformCatch(
      CatchEvent event, ExecutableElement element, Timers timers) {
    EventDefinition definition = event.getEventDefinitions().iterator().next();
    if (definition instanceof ErrorEventDefinition error) {
      element.catchErrors(error.getError() == null ? null : blankToNull(error.getError().getErrorCode()));
    } else if (definition instanceof EscalationEventDefinition escalation) {
      element.catchEscalations(
          escalation.getEscalation() == null ? null : blankToNull(escalation.getEscalation().getEscalationCode()));
    } else if (definition instanceof TimerEventDefinition) {
      element.setTimer(timers.timer(event));
    }
  }

  /** The start event of an event sub-process: what it catches and whether it interrupts. */
  static void transformEventSubProcessStart(StartEvent start, ExecutableElement element, Timers timers) {
    transformCatch(start, element, timers);
    element.markInterrupting(start.isInterrupting());
  }

  /** An escalation end or intermediate throw event: the code it throws. */
  static void transformEscalationThrow(
      BaseElement node, Collection<EventDefinition> definitions, ExecutableElement element, Parser parser,
      Problems problems) {
    definitions.stream().filter(d -> d instanceof EscalationEventDefinition)
        .map(d -> (EscalationEventDefinition) d).findFirst()
        .ifPresent(escalation -> {
          String code = escalation.getEscalation() == null ? null : escalation.getEscalation().getEscalationCode();
          if (code == null || code.isBlank()) {
            problems.add(node.getId(), "an escalation throw event needs an escalation with an escalationCode");
          } else {
            element.throwEscalation(parser.parse(node, "escalationCode", code));
          }
        });
  }

  /** An event sub-process has exactly one start event, with a timer, error or escalation definition. */
  static void checkEventSubProcess(SubProcess subProcess, ExecutableElement element, Problems problems) {
    long starts = element.children().stream().filter(c -> c.type() == ElementType.START_EVENT).count();
    if (starts != 1) {
      problems.add(subProcess.getId(), "an event sub-process needs exactly one start event, but has " + starts);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
