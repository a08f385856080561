package nl.stedendriehoek.kringloop.bench.client;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Tasklist inbox (console {@code tasklist.Tasks}): for one user, the open tasks assigned to
 * them, open to them, and open to their groups, plus those they completed — four searches at
 * once, each paged by 10,000 — with {@code openTasks} open tasks all visible to the user's groups
 * (the worst case: the user sees every one) and a fifth as many for other groups.
 */
final class InboxBenchmark {

  private static final String USER = "bench-user";
  private static final List<String> USER_GROUPS = List.of("gemeente-epe", "ab");
  private static final List<String> OTHER_GROUPS = List.of("gemeente-deventer", "gemeente-apeldoorn");
  private static final int PAGE = 10_000;

  private final CamundaClient client;
  private final ServerTimes times;
  private final JdbcTemplate jdbc;

  InboxBenchmark(CamundaClient client, ServerTimes times, JdbcTemplate jdbc) {
    this.client = client;
    this.times = times;
    this.jdbc = jdbc;
  }

  String run(int openTasks, int iterations) throws InterruptedException {
    List<String> groups = new ArrayList<>(USER_GROUPS);
    groups.addAll(OTHER_GROUPS);
    for (String group : groups) {
      Load.deploy(client, "inbox-" + group, Bpmn.createExecutableProcess("inbox-" + group).startEvent()
          .userTask("task", t -> t.zeebeUserTask().zeebeCandidateGroups(group).zeebeDueDateExpression("due")
              .zeebeTaskPriorityExpression("priority"))
          .endEvent().done());
    }
    List<Long> mine = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int count = g < USER_GROUPS.size() ? openTasks / USER_GROUPS.size() + 25 : openTasks / 10;
      mine.addAll(Load.create(client, "inbox-" + groups.get(g), count, i -> Map.of(
          "due", "2027-0" + (1 + i % 9) + "-1" + (i % 10) + "T09:00:00Z", "priority", i % 100)));
    }
    assignAndComplete(mine.subList(0, 150));
    jdbc.execute("ANALYZE");

    List<Double> wall = new ArrayList<>();
    for (int i = 0; i < iterations + iterations / 4; i++) {
      long start = System.nanoTime();
      int seen = inbox();
      if (i >= iterations / 4) {
        wall.add((System.nanoTime() - start) / 1e6);
      }
      if (seen < openTasks) {
        throw new IllegalStateException("The inbox shows " + seen + " tasks, expected at least " + openTasks);
      }
    }
    Percentiles groupSearch = measure(iterations, () -> all(f -> f.state(UserTaskState.CREATED)
        .candidateGroup(p -> p.in(USER_GROUPS))));
    Percentiles firstPage = measure(iterations, () -> client.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED).candidateGroup(p -> p.in(USER_GROUPS)))
        .sort(s -> s.dueDate().asc()).page(p -> p.limit(20)).send().join());
    return Percentiles.header()
        + Percentiles.of(wall).row("whole inbox: 4 searches at once, " + openTasks + " visible tasks (client wall time)")
        + groupSearch.row("`state=CREATED, candidateGroup $in [2 groups]`, limit 10,000 → " + openTasks
            + " tasks (server time)")
        + firstPage.row("same filter, sorted by `dueDate`, first page of 20 (server time)");
  }

  private Percentiles measure(int iterations, Runnable search) {
    for (int i = 0; i < iterations / 4; i++) {
      search.run();
    }
    times.reset();
    for (int i = 0; i < iterations; i++) {
      search.run();
    }
    return Percentiles.of(times.of("/v2/user-tasks/search"));
  }

  /** 100 of the user's tasks assigned to them, 50 more completed by them (created beyond {@code openTasks}). */
  private void assignAndComplete(List<Long> instances) {
    for (int i = 0; i < instances.size(); i++) {
      long instance = instances.get(i);
      long task = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items()
          .get(0).getUserTaskKey();
      client.newAssignUserTaskCommand(task).assignee(USER).send().join();
      if (i >= 100) {
        client.newCompleteUserTaskCommand(task).send().join();
      }
    }
  }

  /** As the console's {@code Tasks.visibleAsync} and {@code completedByAsync}: four searches at once. */
  private int inbox() {
    List<CompletableFuture<List<UserTask>>> searches = List.of(
        allAsync(f -> f.state(UserTaskState.CREATED).assignee(USER)),
        allAsync(f -> f.state(UserTaskState.CREATED).candidateUser(USER)),
        allAsync(f -> f.state(UserTaskState.CREATED).candidateGroup(p -> p.in(USER_GROUPS))),
        allAsync(f -> f.state(UserTaskState.COMPLETED).assignee(USER)));
    return searches.stream().mapToInt(s -> s.join().size()).sum() - searches.get(0).join().size()
        - searches.get(3).join().size();
  }

  private List<UserTask> all(Consumer<UserTaskFilter> filter) {
    return allAsync(filter).join();
  }

  private CompletableFuture<List<UserTask>> allAsync(Consumer<UserTaskFilter> filter) {
    return page(filter, null, new ArrayList<>());
  }

  private CompletableFuture<List<UserTask>> page(Consumer<UserTaskFilter> filter, String after, List<UserTask> found) {
    return client.newUserTaskSearchRequest().filter(filter).page(p -> {
          p.limit(PAGE);
          if (after != null) {
            p.after(after);
          }
        }).send().toCompletableFuture()
        .thenCompose(response -> {
          found.addAll(response.items());
          if (response.items().size() < PAGE || response.page().endCursor() == null) {
            return CompletableFuture.completedFuture(found);
          }
          return page(filter, response.page().endCursor(), found);
        });
  }
}
