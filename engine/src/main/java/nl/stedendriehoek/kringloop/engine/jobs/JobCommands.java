package nl.stedendriehoek.kringloop.engine.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.execution.CommandRunner;
import nl.stedendriehoek.kringloop.engine.execution.CommandRunner.Outcome;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader.Target;

/**
 * What workers do with an activated job: complete, fail, throw an error; and what operators do:
 * update retries or timeout. Each runs under the lock of the job's process instance.
 */
public final class JobCommands {

  private final CommandRunner runner;
  private final ErrorEventRouting errors;

  public JobCommands(CommandRunner runner, ErrorEventRouting errors) {
    this.runner = runner;
    this.errors = errors;
  }

  public void complete(long jobKey, Map<String, JsonNode> variables) {
    onJob(jobKey, "complete", (execution, job) -> {
      requireState(job, "complete", Job.State.ACTIVATABLE, Job.State.ACTIVATED);
      job.complete();
      execution.saveJob(job, "COMPLETED");
      ElementInstance instance = elementOf(execution, job);
      execution.mergeResultVariables(instance, variables);
      execution.complete(instance);
      return null;
    });
  }

  public void fail(long jobKey, int retries, String errorMessage, Duration backoff, Map<String, JsonNode> variables) {
    onJob(jobKey, "fail", (execution, job) -> {
      requireState(job, "fail", Job.State.ACTIVATABLE, Job.State.ACTIVATED);
      Instant backoffUntil = backoff == null || backoff.isZero() || retries <= 0 ? null : execution.now().plus(backoff);
      job.fail(Math.max(retries, 0), errorMessage, backoffUntil);
      execution.saveJob(job, "FAILED");
      ElementInstance instance = elementOf(execution, job);
      if (!variables.isEmpty()) {
        execution.variables().setLocal(instance.key(), variables);
      }
      if (retries <= 0) {
        String message = errorMessage == null || errorMessage.isBlank()
            ? "No more retries left." : errorMessage;
        execution.raiseIncident(instance, ErrorType.JOB_NO_RETRIES, message, job.key());
      }
      return backoffUntil;
    });
  }

  /** Routes the error to a catch event; with none (Engine I: always) an incident is raised. */
  public void throwError(long jobKey, String errorCode, String errorMessage, Map<String, JsonNode> variables) {
    if (errorCode == null || errorCode.isBlank()) {
      throw new InvalidArgumentException("Expected an error code to throw, but it was empty");
    }
    onJob(jobKey, "throw an error for", (execution, job) -> {
      requireState(job, "throw an error for", Job.State.ACTIVATABLE, Job.State.ACTIVATED);
      job.throwError(errorCode, errorMessage);
      execution.saveJob(job, "ERROR_THROWN");
      ElementInstance instance = elementOf(execution, job);
      if (!errors.catchError(execution, instance, errorCode, variables)) {
        execution.raiseIncident(instance, ErrorType.UNHANDLED_ERROR_EVENT,
            "Expected to throw an error event with the code '" + errorCode + "'"
                + (errorMessage == null ? "" : " with message '" + errorMessage + "'")
                + ", but it was not caught. No error events are available in the scope of "
                + Execution.describe(instance) + ".", job.key());
      }
      return null;
    });
  }

  public void updateRetries(long jobKey, int retries) {
    if (retries < 1) {
      throw new InvalidArgumentException("Expected to update the retries of job " + jobKey
          + " to a number greater than zero, but got " + retries);
    }
    onJob(jobKey, "update the retries of", (execution, job) -> {
      job.updateRetries(retries);
      execution.saveJob(job, "RETRIES_UPDATED");
      return null;
    });
  }

  public void updateTimeout(long jobKey, Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new InvalidArgumentException("Expected a positive timeout for job " + jobKey + ", but got " + timeout);
    }
    onJob(jobKey, "update the timeout of", (execution, job) -> {
      requireState(job, "update the timeout of", Job.State.ACTIVATED);
      Instant deadline = execution.now().plus(timeout);
      job.updateDeadline(deadline);
      execution.saveJob(job, "TIMEOUT_UPDATED");
      return deadline;
    });
  }

  private interface JobAction {
    Instant apply(Execution execution, Job job);
  }

  private void onJob(long jobKey, String verb, JobAction action) {
    runner.onInstanceWithDue(Target.JOB, jobKey, () -> notFound(jobKey, verb), execution -> {
      Job job = execution.state().jobs().get(jobKey);
      if (job == null) {
        throw notFound(jobKey, verb);
      }
      Instant due = action.apply(execution, job);
      return new Outcome<>(null, Set.of(), due);
    });
  }

  private static NotFoundException notFound(long jobKey, String verb) {
    return new NotFoundException("Expected to " + verb + " job with key " + jobKey
        + ", but no such job was found (it may be completed or canceled)");
  }

  private static void requireState(Job job, String verb, Job.State... allowed) {
    for (Job.State state : allowed) {
      if (job.state() == state) {
        return;
      }
    }
    throw new InvalidStateException("Expected to " + verb + " job with key " + job.key()
        + ", but it is in state " + job.state());
  }

  private static ElementInstance elementOf(Execution execution, Job job) {
    return execution.state().element(job.elementInstanceKey())
        .orElseThrow(() -> new InvalidStateException("Job " + job.key() + " belongs to element instance "
            + job.elementInstanceKey() + ", which is no longer active"));
  }
}
