package nl.stedendriehoek.kringloop.engine.execution.task;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/** A service task creates a job of its `zeebe:taskDefinition` type and waits until a worker completes it. */
public final class ServiceTaskBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    JobCreation.createJob(instance, element.job(), execution);
  }

  @Override
  public void terminate(ElementInstance instance, ExecutableElement element, Execution execution) {
    JobCreation.cancelJob(instance, execution);
  }
}
