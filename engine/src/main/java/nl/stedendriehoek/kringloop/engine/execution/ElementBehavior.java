package nl.stedendriehoek.kringloop.engine.execution;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * What one BPMN element type does at each step of its lifecycle. {@link Execution} drives the
 * lifecycle (states, records, input/output mappings); a behaviour only adds what is specific to
 * its element type.
 */
public interface ElementBehavior {

  /**
   * Called in ACTIVATING, after the input mappings. Either moves the instance to ACTIVATED and
   * waits (creating a job, a user task …), or also asks {@link Execution#complete} right away.
   * On an expected problem it raises an incident and leaves the instance ACTIVATING.
   */
  void activate(ElementInstance instance, ExecutableElement element, Execution execution);

  /**
   * Called in COMPLETING, after the output mappings: the sequence flows to take. Null means an
   * incident was raised and the instance stays COMPLETING until it is resolved.
   */
  default List<SequenceFlow> complete(ElementInstance instance, ExecutableElement element, Execution execution) {
    return element.outgoing();
  }

  /** Called in TERMINATING, after the children (if any) are terminated: clean up what waits. */
  default void terminate(ElementInstance instance, ExecutableElement element, Execution execution) {}
}
