package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.Changeset;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskAssignmentRequest;
import io.camunda.client.protocol.rest.UserTaskCompletionRequest;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskUpdateRequest;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.UserTaskUpdate;
import nl.stedendriehoek.kringloop.engine.api.UserTaskView;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.Keys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v2/user-tasks}: the Tasklist API (search, get, assign, unassign, complete, update, form, variables). */
@RestController
@RequestMapping("/v2/user-tasks")
class UserTaskController {

  private final EngineService engine;
  private final EngineQueries queries;
  private final JsonBodies bodies;
  private final InMemorySearch search;
  private final EngineSearches searches;

  UserTaskController(EngineService engine, EngineQueries queries, JsonBodies bodies, InMemorySearch search,
      EngineSearches searches) {
    this.engine = engine;
    this.queries = queries;
    this.bodies = bodies;
    this.search = search;
    this.searches = searches;
  }

  @PostMapping("/search")
  ResponseEntity<byte[]> search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    return SearchResponses.of(bodies.mapper(), searches.userTasks(query.toSearch()), RestViews::userTask);
  }

  @GetMapping("/{userTaskKey}")
  UserTaskResult get(@PathVariable String userTaskKey) {
    return RestViews.userTask(queries.userTask(Keys.parse("userTaskKey", userTaskKey)));
  }

  @PostMapping("/{userTaskKey}/assignment")
  ResponseEntity<Void> assign(@PathVariable String userTaskKey, @RequestBody(required = false) byte[] body) {
    UserTaskAssignmentRequest request = bodies.read(body, UserTaskAssignmentRequest.class);
    if (request.getAssignee() == null || request.getAssignee().isBlank()) {
      throw new InvalidRequestException("Expected field 'assignee' to be given, but it is missing or empty");
    }
    engine.assignUserTask(Keys.parse("userTaskKey", userTaskKey), request.getAssignee(),
        request.getAllowOverride() == null || request.getAllowOverride());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{userTaskKey}/assignee")
  ResponseEntity<Void> unassign(@PathVariable String userTaskKey) {
    engine.unassignUserTask(Keys.parse("userTaskKey", userTaskKey));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{userTaskKey}/completion")
  ResponseEntity<Void> complete(@PathVariable String userTaskKey, @RequestBody(required = false) byte[] body) {
    UserTaskCompletionRequest request = bodies.read(body, UserTaskCompletionRequest.class);
    engine.completeUserTask(Keys.parse("userTaskKey", userTaskKey), request.getVariables());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{userTaskKey}")
  ResponseEntity<Void> update(@PathVariable String userTaskKey, @RequestBody(required = false) byte[] body) {
    UserTaskUpdateRequest request = bodies.read(body, UserTaskUpdateRequest.class);
    Changeset changes = request.getChangeset() == null ? new Changeset() : request.getChangeset();
    engine.updateUserTask(Keys.parse("userTaskKey", userTaskKey), new UserTaskUpdate(
        strings(changes, "candidateGroups", changes.getCandidateGroups()),
        strings(changes, "candidateUsers", changes.getCandidateUsers()),
        instant("changeset.dueDate", text(changes, "dueDate", changes.getDueDate())),
        instant("changeset.followUpDate", text(changes, "followUpDate", changes.getFollowUpDate())),
        integer(changes, "priority", changes.getPriority())));
    return ResponseEntity.noContent().build();
  }

  // The generated Changeset is a Map as well as a bean: the client puts its changes as map entries,
  // and Jackson reads a JSON object into a Map's entries, so the bean fields stay empty.

  private static String text(Changeset changes, String field, String fromBean) {
    Object value = changes.getOrDefault(field, fromBean);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new InvalidRequestException("Expected changeset." + field + " to be a string, but got " + value);
  }

  private static Integer integer(Changeset changes, String field, Integer fromBean) {
    Object value = changes.getOrDefault(field, fromBean);
    if (value == null || value instanceof Integer) {
      return (Integer) value;
    }
    throw new InvalidRequestException("Expected changeset." + field + " to be an integer, but got " + value);
  }

  private static List<String> strings(Changeset changes, String field, List<String> fromBean) {
    Object value = changes.getOrDefault(field, fromBean);
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw new InvalidRequestException("Expected changeset." + field + " to be a list of strings, but got " + value);
  }

  @GetMapping("/{userTaskKey}/form")
  ResponseEntity<FormResult> form(@PathVariable String userTaskKey) {
    UserTaskView task = queries.userTask(Keys.parse("userTaskKey", userTaskKey));
    if (task.formKey() == null) {
      return ResponseEntity.noContent().build();
    }
    return ResponseEntity.ok(Forms.form(queries.form(task.formKey())));
  }

  /** The variables the task sees: its own scope and every enclosing one, the nearest winning. */
  @PostMapping("/{userTaskKey}/variables/search")
  ObjectNode variables(@PathVariable String userTaskKey, @RequestBody(required = false) byte[] body) {
    UserTaskView task = queries.userTask(Keys.parse("userTaskKey", userTaskKey));
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    Map<Long, Long> parents = new HashMap<>();
    for (ElementInstanceView e : queries.elementInstances(task.processInstanceKey())) {
      parents.put(e.elementInstanceKey(), e.flowScopeKey());
    }
    List<Long> scopes = new java.util.ArrayList<>();
    for (Long scope = task.elementInstanceKey(); scope != null; scope = parents.get(scope)) {
      scopes.add(scope);
    }
    if (!scopes.contains(task.processInstanceKey())) {
      scopes.add(task.processInstanceKey());
    }
    Map<String, VariableSearchResult> visible = new java.util.LinkedHashMap<>();
    var all = queries.variables(task.processInstanceKey());
    for (Long scope : scopes) {
      all.stream().filter(v -> v.scopeKey() == scope)
          .forEach(v -> visible.putIfAbsent(v.name(), RestViews.variable(v)));
    }
    return search.run(query, List.copyOf(visible.values()), search.fieldsOf(VariableSearchResult.class),
        SearchQuery.Aliases.none());
  }

  static Instant instant(String field, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("Expected field '" + field + "' to be an ISO-8601 date-time, but got '"
          + value + "'");
    }
  }
}
