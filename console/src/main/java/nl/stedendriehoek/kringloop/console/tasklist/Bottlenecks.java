package nl.stedendriehoek.kringloop.console.tasklist;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Raising a bottleneck ("knelpunt") in a running project: any participant who sees a task of the
 * project's execution may report one; it reaches the execution as message {@value #MESSAGE} with
 * the project id as correlation key, and the kwartiermaker handles it beside the work
 * (processes/README.md, "The bottleneck during the execution").
 */
@Component
class Bottlenecks {

  static final String PROCESS = "project-uitvoering";
  static final String MESSAGE = "knelpunt";
  static final int MAX_LENGTH = 5000;

  private final CamundaClient camunda;

  Bottlenecks(CamundaClient camunda) {
    this.camunda = camunda;
  }

  /** The project a task belongs to, when the task is part of a project's execution. */
  Optional<String> projectOf(UserTask task, Map<String, Object> variables) {
    if (!PROCESS.equals(task.getBpmnProcessId()) || !(variables.get("project") instanceof Map<?, ?> project)) {
      return Optional.empty();
    }
    Object id = project.get("projectId");
    return id == null ? Optional.empty() : Optional.of(id instanceof Number n ? Long.toString(n.longValue()) : id.toString());
  }

  /** Reports the bottleneck to the project's execution, as the logged-in user. */
  void report(String projectId, String description, CurrentUser user) {
    camunda.newPublishMessageCommand().messageName(MESSAGE).correlationKey(projectId)
        .variables(Map.of("knelpunt", description, "knelpuntGemeldDoor", user.username()))
        .send().join();
  }
}
