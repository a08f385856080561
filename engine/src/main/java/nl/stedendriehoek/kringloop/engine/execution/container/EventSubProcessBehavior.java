package nl.stedendriehoek.kringloop.engine.execution.container;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * An event sub-process, once its start event was triggered (see {@link
 * nl.stedendriehoek.kringloop.engine.execution.EventSubProcesses}): a flow scope like an embedded
 * sub-process that begins at that start event. It has no outgoing flows; when it completes, its
 * scope completes if nothing else is active in it.
 */
public final class EventSubProcessBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    execution.activateElement(element.eventStart(), instance);
  }
}
