package nl.stedendriehoek.kringloop.engine.execution.task;

import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;

/** A business rule task, in its job-worker form: like a service task (`zeebe:calledDecision` comes with DMN). */
public final class BusinessRuleTaskBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    JobCreation.createJob(instance, element.job(), execution);
  }

  @Override
  public void terminate(ElementInstance instance, ExecutableElement element, Execution execution) {
    JobCreation.cancelJob(instance, execution);
  }
}
