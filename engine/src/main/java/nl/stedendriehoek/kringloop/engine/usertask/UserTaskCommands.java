package nl.stedendriehoek.kringloop.engine.usertask;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.UserTaskUpdate;
import nl.stedendriehoek.kringloop.engine.execution.CommandRunner;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.UserTask;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader.Target;

/** What the Tasklist does with a Camunda user task: assign, unassign, update, complete. */
public final class UserTaskCommands {

  private final CommandRunner runner;

  public UserTaskCommands(CommandRunner runner) {
    this.runner = runner;
  }

  /** Completes the task; its variables are merged as a job's are (output mappings apply). */
  public void complete(long userTaskKey, Map<String, JsonNode> variables) {
    onTask(userTaskKey, "complete", (execution, task) -> {
      task.complete(execution.now());
      execution.saveUserTask(task, "COMPLETED");
      ElementInstance instance = execution.state().element(task.elementInstanceKey())
          .orElseThrow(() -> new InvalidStateException("User task " + userTaskKey + " has no active element"));
      execution.mergeResultVariables(instance, variables);
      execution.complete(instance);
    });
  }

  /**
   * Assigns the task. With {@code allowOverride} false an already assigned task is refused, as
   * Camunda's Tasklist does for claim.
   */
  public void assign(long userTaskKey, String assignee, boolean allowOverride) {
    if (assignee == null || assignee.isBlank()) {
      throw new InvalidArgumentException("Expected an assignee for user task " + userTaskKey + ", but it was empty");
    }
    onTask(userTaskKey, "assign", (execution, task) -> {
      if (!allowOverride && task.assignee() != null && !task.assignee().equals(assignee)) {
        throw new InvalidStateException("Expected to assign user task " + userTaskKey + " to '" + assignee
            + "', but it is already assigned to '" + task.assignee() + "'");
      }
      task.assign(assignee);
      execution.saveUserTask(task, "ASSIGNED");
    });
  }

  public void unassign(long userTaskKey) {
    onTask(userTaskKey, "unassign", (execution, task) -> {
      task.assign(null);
      execution.saveUserTask(task, "ASSIGNED");
    });
  }

  public void update(long userTaskKey, UserTaskUpdate update) {
    if (update.priority() != null && (update.priority() < 0 || update.priority() > 100)) {
      throw new InvalidArgumentException("Expected a priority between 0 and 100 for user task " + userTaskKey
          + ", but got " + update.priority());
    }
    onTask(userTaskKey, "update", (execution, task) -> {
      task.update(update.candidateGroups(), update.candidateUsers(), update.dueDate(), update.followUpDate(),
          update.priority());
      execution.saveUserTask(task, "UPDATED");
    });
  }

  private void onTask(long userTaskKey, String verb, BiConsumer<Execution, UserTask> action) {
    runner.onInstance(Target.USER_TASK, userTaskKey,
        () -> new NotFoundException("Expected to " + verb + " user task with key " + userTaskKey
            + ", but no such task was found"), execution -> {
      UserTask task = execution.state().userTasks().get(userTaskKey);
      if (task == null) {
        throw new InvalidStateException("Expected to " + verb + " user task with key " + userTaskKey
            + ", but it is no longer open (completed or canceled)");
      }
      action.accept(execution, task);
      return null;
    });
  }
}
