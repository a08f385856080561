package nl.stedendriehoek.kringloop.console.tasklist;

import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One line of the inbox, with its urgency worked out against the clock. */
record TaskRow(
    long key,
    String name,
    String process,
    String assignee,
    Integer priority,
    OffsetDateTime created,
    OffsetDateTime due,
    Urgency urgency,
    boolean completed) {

  static final Duration DUE_SOON = Duration.ofDays(3);

  enum Urgency {
    VERLOPEN,
    BIJNA,
    NORMAAL
  }

  static TaskRow of(UserTask task, ProcessNames names, Instant now) {
    return new TaskRow(
        task.getUserTaskKey(),
        names.taskName(task),
        names.processName(task),
        task.getAssignee(),
        task.getPriority(),
        task.getCreationDate(),
        task.getDueDate(),
        urgency(task, now),
        task.getCompletionDate() != null);
  }

  private static Urgency urgency(UserTask task, Instant now) {
    if (task.getDueDate() == null || task.getCompletionDate() != null) {
      return Urgency.NORMAAL;
    }
    Instant due = task.getDueDate().toInstant();
    if (due.isBefore(now)) {
      return Urgency.VERLOPEN;
    }
    return due.isBefore(now.plus(DUE_SOON)) ? Urgency.BIJNA : Urgency.NORMAAL;
  }
}
