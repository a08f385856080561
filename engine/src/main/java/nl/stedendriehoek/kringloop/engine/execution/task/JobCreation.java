package nl.stedendriehoek.kringloop.engine.execution.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.feel.Expression;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.JobDefinition;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;
import nl.stedendriehoek.kringloop.engine.state.Job;

/**
 * Creating and cancelling the job of a job-based element (service, send, script, business rule
 * and job-based user tasks). Shared by those behaviours; each element type keeps its own class.
 */
final class JobCreation {

  private JobCreation() {}

  /** Creates the job and marks the element ACTIVATED; on a bad type/retries raises an incident. */
  static void createJob(ElementInstance instance, JobDefinition definition, Execution execution) {
    String type = evaluateText(instance, definition.type(), "job type", execution);
    if (type == null) {
      return;
    }
    Integer retries = evaluateNumber(instance, definition.retries(), execution);
    if (retries == null) {
      return;
    }
    ObjectNode headers = JsonNodeFactory.instance.objectNode();
    definition.headers().forEach(headers::put);
    var definitionOfProcess = execution.process().definition();
    Job job = new Job(
        execution.nextKey(), type, Job.State.ACTIVATABLE, retries, null, null, null, null, null,
        headers, instance.processInstanceKey(), instance.key(), instance.elementId(),
        definitionOfProcess.key(), definitionOfProcess.bpmnProcessId(), definitionOfProcess.version(),
        execution.now());
    execution.saveJob(job, "CREATED");
    execution.activated(instance);
  }

  /**
   * Cancels the open job of a terminated element. A job whose thrown error was caught (an error
   * boundary event is terminating the element right now) keeps its final state ERROR_THROWN; one
   * whose error became an incident is still open and is cancelled.
   */
  static void cancelJob(ElementInstance instance, Execution execution) {
    execution.state().jobs().values().stream()
        .filter(job -> job.elementInstanceKey() == instance.key() && job.state().isOpen())
        .filter(job -> job.state() != Job.State.ERROR_THROWN || execution.state().incidents().values().stream()
            .anyMatch(incident -> incident.isActive() && Long.valueOf(job.key()).equals(incident.jobKey())))
        .toList()
        .forEach(job -> {
          job.cancel();
          execution.saveJob(job, "CANCELED");
        });
  }

  static String evaluateText(
      ElementInstance instance, Expression expression, String what, Execution execution) {
    Evaluation evaluation = execution.evaluate(expression, instance.key());
    JsonNode value = evaluation.value();
    if (evaluation.failed() || value == null || !value.isTextual() || value.asText().isBlank()) {
      execution.raiseIncident(instance, ErrorType.EXTRACT_VALUE_ERROR,
          "Expected the " + what + " expression '" + expression.source() + "' of "
              + Execution.describe(instance) + " to be a non-empty string, but "
              + (evaluation.failed() ? evaluation.failure() : "got " + value), null);
      return null;
    }
    return value.asText();
  }

  private static Integer evaluateNumber(ElementInstance instance, Expression expression, Execution execution) {
    Evaluation evaluation = execution.evaluate(expression, instance.key());
    JsonNode value = evaluation.value();
    if (value != null && value.isTextual() && value.asText().strip().matches("-?\\d+")) {
      return Integer.parseInt(value.asText().strip());
    }
    if (evaluation.failed() || value == null || !value.isNumber()) {
      execution.raiseIncident(instance, ErrorType.EXTRACT_VALUE_ERROR,
          "Expected the job retries expression '" + expression.source() + "' of "
              + Execution.describe(instance) + " to be a number, but "
              + (evaluation.failed() ? evaluation.failure() : "got " + value), null);
      return null;
    }
    return value.intValue();
  }
}
