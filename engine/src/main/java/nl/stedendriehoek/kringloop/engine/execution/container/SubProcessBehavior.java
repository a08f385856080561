package nl.stedendriehoek.kringloop.engine.execution.container;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/**
 * An embedded sub-process: a flow scope of its own (its local variables, its tokens). It starts at
 * its none start event and completes when nothing inside is active any more; terminating it
 * terminates its children first.
 */
public final class SubProcessBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    execution.activateElement(element.noneStartEvent(), instance);
  }
}
