package nl.stedendriehoek.kringloop.engine.execution.task;

import java.util.Map;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.ScriptDefinition;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * A script task either evaluates its {@code zeebe:script} FEEL expression and stores the result in
 * its result variable (then completes at once), or, without one, is a job for a worker.
 */
public final class ScriptTaskBehavior implements ElementBehavior {

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    ScriptDefinition script = element.script();
    if (script == null) {
      JobCreation.createJob(instance, element.job(), execution);
      return;
    }
    Evaluation result = execution.evaluate(script.expression(), instance.key());
    if (result.failed()) {
      execution.raiseIncident(instance, ErrorType.EXTRACT_VALUE_ERROR,
          "Script of " + Execution.describe(instance) + ": " + result.failure(), null);
      return;
    }
    execution.mergeResultVariables(instance, Map.of(script.resultVariable(), result.value()));
    execution.activated(instance);
    execution.complete(instance);
  }

  @Override
  public void terminate(ElementInstance instance, ExecutableElement element, Execution execution) {
    JobCreation.cancelJob(instance, execution);
  }
}
