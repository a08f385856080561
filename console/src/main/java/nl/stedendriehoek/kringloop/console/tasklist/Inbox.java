package nl.stedendriehoek.kringloop.console.tasklist;

import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A user's inbox: the tasks they may see, per filter, searched, sorted and paged, with the count
 * of every filter. Visibility comes from {@link Tasks#visible}, so nothing outside the user's
 * groups ever reaches a page.
 */
@Service
class Inbox {

  static final int PAGE_SIZE = 20;

  private final Tasks tasks;
  private final ProcessNames names;
  private final Clock clock;

  Inbox(Tasks tasks, ProcessNames names, ObjectProvider<Clock> clocks) {
    this.tasks = tasks;
    this.names = names;
    this.clock = DomainClock.of(clocks);
  }

  record Query(InboxFilter filter, InboxSort sort, String search, int page) {}

  record Page(List<TaskRow> rows, Map<InboxFilter, Integer> counts, int page, int pages, int total) {
    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pages;
    }
  }

  Page show(CurrentUser user, Query query) {
    CompletableFuture<List<UserTask>> openSearch = tasks.visibleAsync(user, UserTaskState.CREATED);
    CompletableFuture<List<UserTask>> completedSearch = tasks.completedByAsync(user);
    List<UserTask> open = openSearch.join();
    List<UserTask> completed = completedSearch.join();
    Map<InboxFilter, List<UserTask>> byFilter = new EnumMap<>(InboxFilter.class);
    byFilter.put(InboxFilter.MIJN, open.stream().filter(t -> user.username().equals(t.getAssignee())).toList());
    byFilter.put(InboxFilter.GROEP,
        open.stream().filter(t -> t.getAssignee() == null && TaskAccess.isCandidate(t, user)).toList());
    byFilter.put(InboxFilter.ALLE, open);
    byFilter.put(InboxFilter.AFGEROND, completed);
    Map<InboxFilter, Integer> counts = new EnumMap<>(InboxFilter.class);
    byFilter.forEach((filter, list) -> counts.put(filter, list.size()));

    List<UserTask> selected = byFilter.get(query.filter()).stream()
        .filter(matching(query.search()))
        .sorted(query.sort().order())
        .toList();
    int pages = Math.max(1, (selected.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, query.page()), pages);
    Instant now = clock.instant();
    List<TaskRow> rows = selected.stream()
        .skip((long) (page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .map(task -> TaskRow.of(task, names, now))
        .toList();
    return new Page(rows, counts, page, pages, selected.size());
  }

  /** The user's next open task after completing one: their own first, then their groups'. */
  Optional<TaskRow> next(CurrentUser user) {
    List<UserTask> open = tasks.visible(user, UserTaskState.CREATED);
    Instant now = clock.instant();
    return open.stream()
        .filter(t -> TaskAccess.mayWorkOn(t, user))
        .sorted(java.util.Comparator.<UserTask, Boolean>comparing(t -> t.getAssignee() == null)
            .thenComparing(InboxSort.DEADLINE.order()))
        .findFirst()
        .map(task -> TaskRow.of(task, names, now));
  }

  private Predicate<UserTask> matching(String search) {
    if (search == null || search.isBlank()) {
      return task -> true;
    }
    String needle = search.strip().toLowerCase(Locale.ROOT);
    return task -> contains(names.taskName(task), needle) || contains(names.processName(task), needle);
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
  }
}
