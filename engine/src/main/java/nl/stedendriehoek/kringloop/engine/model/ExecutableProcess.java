package nl.stedendriehoek.kringloop.engine.model;

import java.util.Map;

/**
 * The executable graph of one BPMN process: every element by id, every sequence flow by id, all
 * FEEL parsed. Immutable once built; cached per process definition key.
 */
public record ExecutableProcess(
    String bpmnProcessId,
    String name,
    String versionTag,
    ExecutableElement root,
    Map<String, ExecutableElement> elements,
    Map<String, SequenceFlow> flows) {

  public ExecutableElement element(String id) {
    ExecutableElement element = elements.get(id);
    if (element == null) {
      throw new IllegalStateException("process '" + bpmnProcessId + "' has no element '" + id + "'");
    }
    return element;
  }

  public SequenceFlow flow(String id) {
    return flows.get(id);
  }
}
