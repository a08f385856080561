package nl.stedendriehoek.kringloop.console.tasklist;

import io.camunda.client.api.search.response.UserTask;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/** How the inbox is ordered: earliest deadline, highest priority, or newest first. */
enum InboxSort {
  DEADLINE(Comparator.comparing(UserTask::getDueDate, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder()))),
  PRIORITEIT(Comparator.comparing(UserTask::getPriority, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))),
  AANGEMAAKT(Comparator.comparing(UserTask::getCreationDate, Comparator.nullsLast(Comparator.<OffsetDateTime>reverseOrder())));

  private final Comparator<UserTask> order;

  InboxSort(Comparator<UserTask> order) {
    this.order = order.thenComparing(UserTask::getUserTaskKey);
  }

  Comparator<UserTask> order() {
    return order;
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  static InboxSort fromParameter(String value) {
    return Arrays.stream(values()).filter(s -> s.parameter().equals(value)).findFirst().orElse(DEADLINE);
  }
}
