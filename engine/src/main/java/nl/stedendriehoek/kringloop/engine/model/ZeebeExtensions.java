package nl.stedendriehoek.kringloop.engine.model;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.impl.BpmnModelConstants;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import java.util.Set;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Checks the {@code zeebe:} extension elements. The model parser silently skips elements it does
 * not know, so a typo ({@code zeebe:taskDefiniton}) would deploy and then do nothing; we refuse
 * unknown ones. Known extensions whose behaviour this engine does not implement yet (execution
 * and task listeners) are refused too, rather than ignored at run time.
 */
final class ZeebeExtensions {

  private static final Set<String> KNOWN = Set.of(
      "taskDefinition", "ioMapping", "input", "output", "taskHeaders", "header", "userTask",
      "formDefinition", "assignmentDefinition", "taskSchedule", "priorityDefinition", "calledElement",
      "calledDecision", "script", "subscription", "publishMessage", "loopCharacteristics", "properties",
      "property", "executionListeners", "executionListener", "taskListeners", "taskListener", "versionTag",
      "adHoc", "linkedResources", "linkedResource", "userTaskForm");

  private static final Set<String> NOT_YET = Set.of("executionListeners", "taskListeners");

  private ZeebeExtensions() {}

  static void check(BpmnModelInstance model, Problems problems) {
    for (ExtensionElements extensions : model.getModelElementsByType(ExtensionElements.class)) {
      ModelElementInstance owner = extensions.getParentElement();
      String ownerId = owner instanceof BaseElement base ? base.getId() : null;
      for (DomElement child : extensions.getDomElement().getChildElements()) {
        if (!BpmnModelConstants.ZEEBE_NS.equals(child.getNamespaceURI())) {
          continue;
        }
        String name = child.getLocalName();
        if (!KNOWN.contains(name)) {
          problems.add(ownerId, "unknown Zeebe extension element 'zeebe:" + name + "'");
        } else if (NOT_YET.contains(name) && !child.getChildElements().isEmpty()) {
          problems.add(ownerId, "'zeebe:" + name + "' are not supported by the Kringloop engine yet"
              + " (see docs/bpmn-coverage.md)");
        }
      }
    }
  }
}
