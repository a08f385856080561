package nl.stedendriehoek.kringloop.engine.execution.task;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/** An undefined task (plain `bpmn:task`) does nothing: the token passes straight through. */
public final class UndefinedTaskBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    execution.activated(instance);
    execution.complete(instance);
  }
}
