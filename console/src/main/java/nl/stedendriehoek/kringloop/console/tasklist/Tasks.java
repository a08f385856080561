package nl.stedendriehoek.kringloop.console.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The user tasks, through the official Camunda client only (REST), so the Tasklist works the same
 * against the embedded engine and a Camunda 8 cluster. Every method that takes a task key checks
 * {@link TaskAccess} first: callers never get a task the user may not see.
 */
@Component
class Tasks {

  private static final int PAGE = 1000;

  private final CamundaClient camunda;
  private final ObjectMapper json;

  Tasks(CamundaClient camunda, ObjectMapper json) {
    this.camunda = camunda;
    this.json = json;
  }

  /** Tasks in the given state the user may see (assigned to them, or open to them or their groups). */
  List<UserTask> visible(CurrentUser user, UserTaskState state) {
    Map<Long, UserTask> union = new LinkedHashMap<>();
    all(f -> f.state(state).assignee(user.username())).forEach(t -> union.put(t.getUserTaskKey(), t));
    all(f -> f.state(state).candidateUser(user.username())).forEach(t -> union.put(t.getUserTaskKey(), t));
    if (!user.groups().isEmpty()) {
      List<String> groups = List.copyOf(user.groups());
      all(f -> f.state(state).candidateGroup(p -> p.in(groups))).forEach(t -> union.put(t.getUserTaskKey(), t));
    }
    return List.copyOf(union.values());
  }

  /** Completed tasks that were assigned to the user when completed. */
  List<UserTask> completedBy(CurrentUser user) {
    return all(f -> f.state(UserTaskState.COMPLETED).assignee(user.username()));
  }

  private List<UserTask> all(Consumer<UserTaskFilter> filter) {
    List<UserTask> tasks = new ArrayList<>();
    String after = null;
    while (true) {
      String cursor = after;
      SearchResponse<UserTask> response = camunda.newUserTaskSearchRequest()
          .filter(filter)
          .page(p -> {
            p.limit(PAGE);
            if (cursor != null) {
              p.after(cursor);
            }
          })
          .send()
          .join();
      tasks.addAll(response.items());
      if (response.items().size() < PAGE || response.page().endCursor() == null) {
        return tasks;
      }
      after = response.page().endCursor();
    }
  }

  /** The task, if it exists and the user may see it; otherwise {@link TaskNotFoundException}. */
  UserTask visibleTask(String key, CurrentUser user) {
    long userTaskKey = parse(key);
    UserTask task = find(userTaskKey).orElseThrow(() -> new TaskNotFoundException(key));
    if (!TaskAccess.maySee(task, user)) {
      throw new TaskNotFoundException(key);
    }
    return task;
  }

  /** As {@link #visibleTask}, and not claimed by someone else. */
  UserTask workableTask(String key, CurrentUser user) {
    UserTask task = visibleTask(key, user);
    if (!TaskAccess.mayWorkOn(task, user)) {
      throw new TaskTakenException(task.getUserTaskKey(), task.getAssignee());
    }
    return task;
  }

  private Optional<UserTask> find(long key) {
    try {
      return Optional.ofNullable(camunda.newUserTaskGetRequest(key).send().join());
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static long parse(String key) {
    try {
      long parsed = Long.parseLong(key);
      if (parsed <= 0) {
        throw new TaskNotFoundException(key);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new TaskNotFoundException(key);
    }
  }

  void claim(UserTask task, CurrentUser user) {
    camunda.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(user.username()).allowOverride(false)
        .send().join();
  }

  void unclaim(UserTask task) {
    camunda.newUnassignUserTaskCommand(task.getUserTaskKey()).send().join();
  }

  /** Claims the task for the user when nobody has, then completes it with the given variables. */
  void complete(UserTask task, CurrentUser user, Map<String, Object> variables) {
    if (task.getAssignee() == null) {
      claim(task, user);
    }
    camunda.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(variables).send().join();
  }

  /** The task's linked form schema (JSON), if it has one. */
  Optional<String> formSchema(UserTask task) {
    if (task.getFormKey() == null) {
      return Optional.empty();
    }
    Form form = camunda.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join();
    if (form == null || form.getSchema() == null) {
      return Optional.empty();
    }
    Object schema = form.getSchema();
    try {
      return Optional.of(schema instanceof String text ? text : json.writeValueAsString(schema));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Form of user task " + task.getUserTaskKey() + " is not JSON", e);
    }
  }

  /** The variables the task sees, parsed from their JSON values. */
  Map<String, Object> variables(UserTask task) {
    Map<String, Object> variables = new LinkedHashMap<>();
    List<Variable> items = camunda.newUserTaskVariableSearchRequest(task.getUserTaskKey())
        .withFullValues()
        .page(p -> p.limit(PAGE))
        .send()
        .join()
        .items();
    for (Variable variable : items) {
      variables.put(variable.getName(), parse(variable));
    }
    return variables;
  }

  private Object parse(Variable variable) {
    try {
      return variable.getValue() == null ? null : json.readValue(variable.getValue(), Object.class);
    } catch (JsonProcessingException e) {
      return variable.getValue();
    }
  }
}
