package nl.stedendriehoek.kringloop.console.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

  /**
   * Page size of task searches: large, because every page is a search of its own (on the embedded
   * engine, a scan of the open tasks), and within the 10,000 a Camunda 8 cluster's search accepts.
   */
  private static final int PAGE = 10_000;
  /**
   * The variable every completion carries: the username of the logged-in user who completed the
   * task, set here and never taken from the form, so a process (e.g. the AB's decision) can rely on it.
   */
  static final String COMPLETED_BY = "voltooidDoor";

  /** Page size of a task's variable search. */
  private static final int VARIABLES_PAGE = 1000;

  private final CamundaClient camunda;
  private final ObjectMapper json;

  Tasks(CamundaClient camunda, ObjectMapper json) {
    this.camunda = camunda;
    this.json = json;
  }

  /** Tasks in the given state the user may see (assigned to them, or open to them or their groups). */
  List<UserTask> visible(CurrentUser user, UserTaskState state) {
    return visibleAsync(user, state).join();
  }

  /**
   * As {@link #visible}, without waiting: the three searches (assignee, candidate user, candidate
   * groups) run at the same time, since the API has no "or" across those fields.
   */
  CompletableFuture<List<UserTask>> visibleAsync(CurrentUser user, UserTaskState state) {
    List<CompletableFuture<List<UserTask>>> searches = new ArrayList<>();
    searches.add(all(f -> f.state(state).assignee(user.username())));
    searches.add(all(f -> f.state(state).candidateUser(user.username())));
    if (!user.groups().isEmpty()) {
      List<String> groups = List.copyOf(user.groups());
      searches.add(all(f -> f.state(state).candidateGroup(p -> p.in(groups))));
    }
    return CompletableFuture.allOf(searches.toArray(CompletableFuture[]::new)).thenApply(done -> {
      Map<Long, UserTask> union = new LinkedHashMap<>();
      searches.forEach(search -> search.join().forEach(t -> union.put(t.getUserTaskKey(), t)));
      return List.copyOf(union.values());
    });
  }

  /** Completed tasks that were assigned to the user when completed. */
  CompletableFuture<List<UserTask>> completedByAsync(CurrentUser user) {
    return all(f -> f.state(UserTaskState.COMPLETED).assignee(user.username()));
  }

  private CompletableFuture<List<UserTask>> all(Consumer<UserTaskFilter> filter) {
    return page(filter, null, new ArrayList<>());
  }

  private CompletableFuture<List<UserTask>> page(Consumer<UserTaskFilter> filter, String after, List<UserTask> found) {
    return camunda.newUserTaskSearchRequest()
        .filter(filter)
        .page(p -> {
          p.limit(PAGE);
          if (after != null) {
            p.after(after);
          }
        })
        .send()
        .toCompletableFuture()
        .thenCompose(response -> {
          found.addAll(response.items());
          if (response.items().size() < PAGE || response.page().endCursor() == null) {
            return CompletableFuture.completedFuture(found);
          }
          return page(filter, response.page().endCursor(), found);
        });
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

  /**
   * Claims the task for the user when nobody has, then completes it with the given variables and
   * {@value #COMPLETED_BY} (the user's username, overriding anything submitted under that name).
   */
  void complete(UserTask task, CurrentUser user, Map<String, Object> variables) {
    if (task.getAssignee() == null) {
      claim(task, user);
    }
    Map<String, Object> completion = new LinkedHashMap<>(variables);
    completion.put(COMPLETED_BY, user.username());
    camunda.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(completion).send().join();
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
        .page(p -> p.limit(VARIABLES_PAGE))
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
