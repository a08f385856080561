package nl.stedendriehoek.kringloop.engine.execution.task;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.execution.ElementBehavior;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.UserTaskDefinition;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;
import nl.stedendriehoek.kringloop.engine.state.UserTask;

/**
 * A Camunda user task ({@code zeebe:userTask}) creates a user task with its assignee, candidates,
 * dates, priority and form, and waits until someone completes it. A user task without the marker
 * is a job of type {@code io.camunda.zeebe:userTask}, as in Camunda 8.
 */
public final class UserTaskBehavior implements ElementBehavior {

  static final int DEFAULT_PRIORITY = 50;

  @Override
  public void activate(ElementInstance instance, ExecutableElement element, Execution execution) {
    UserTaskDefinition definition = element.userTask();
    if (definition == null) {
      JobCreation.createJob(instance, element.job(), execution);
      return;
    }
    UserTaskProperties properties = new UserTaskProperties(instance, execution);
    Optional<String> assignee = properties.text(definition.assignee(), "assignee");
    Optional<List<String>> groups = properties.list(definition.candidateGroups(), "candidateGroups");
    Optional<List<String>> users = properties.list(definition.candidateUsers(), "candidateUsers");
    Optional<java.time.Instant> due = properties.date(definition.dueDate(), "dueDate");
    Optional<java.time.Instant> followUp = properties.date(definition.followUpDate(), "followUpDate");
    Optional<Integer> priority = properties.priority(definition.priority());
    Optional<String> formReference = properties.text(definition.formReference(), "formKey");
    if (properties.failed()) {
      return;
    }
    Long formKey = null;
    if (definition.formId() != null) {
      Optional<Long> form = execution.engine().forms().latestFormKey(definition.formId());
      if (form.isEmpty()) {
        execution.raiseIncident(instance, ErrorType.FORM_NOT_FOUND,
            "Expected to find a form with id '" + definition.formId() + "' for "
                + Execution.describe(instance) + ", but no such form is deployed", null);
        return;
      }
      formKey = form.get();
    }
    ObjectNode headers = JsonNodeFactory.instance.objectNode();
    definition.headers().forEach(headers::put);
    var process = execution.process().definition();
    UserTask task = new UserTask(
        execution.nextKey(), UserTask.State.CREATED, instance.key(), instance.processInstanceKey(),
        process.key(), process.bpmnProcessId(), process.version(), instance.elementId(),
        assignee.orElse(null), groups.orElse(List.of()), users.orElse(List.of()), due.orElse(null),
        followUp.orElse(null), priority.orElse(DEFAULT_PRIORITY), formKey, formReference.orElse(null),
        headers, execution.now(), null);
    execution.saveUserTask(task, "CREATED");
    execution.activated(instance);
  }

  @Override
  public void terminate(ElementInstance instance, ExecutableElement element, Execution execution) {
    JobCreation.cancelJob(instance, execution);
    execution.state().userTasks().values().stream()
        .filter(task -> task.elementInstanceKey() == instance.key() && task.state() == UserTask.State.CREATED)
        .toList()
        .forEach(task -> {
          task.cancel(execution.now());
          execution.saveUserTask(task, "CANCELED");
        });
  }
}
