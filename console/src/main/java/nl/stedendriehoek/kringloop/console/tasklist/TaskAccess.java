package nl.stedendriehoek.kringloop.console.tasklist;

import io.camunda.client.api.search.response.UserTask;
import java.util.List;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;

/**
 * The Tasklist's authorisation rules, in one place. A user sees a task that is assigned to them,
 * or that names them as candidate user, or one of their groups as candidate group. They may work
 * on (claim, save, complete) a task they see that nobody else has claimed.
 */
final class TaskAccess {

  private TaskAccess() {}

  static boolean maySee(UserTask task, CurrentUser user) {
    return user.username().equals(task.getAssignee())
        || nullSafe(task.getCandidateUsers()).contains(user.username())
        || nullSafe(task.getCandidateGroups()).stream().anyMatch(user.groups()::contains);
  }

  static boolean mayWorkOn(UserTask task, CurrentUser user) {
    return maySee(task, user) && (task.getAssignee() == null || user.username().equals(task.getAssignee()));
  }

  static boolean isCandidate(UserTask task, CurrentUser user) {
    return nullSafe(task.getCandidateUsers()).contains(user.username())
        || nullSafe(task.getCandidateGroups()).stream().anyMatch(user.groups()::contains);
  }

  private static List<String> nullSafe(List<String> values) {
    return values == null ? List.of() : values;
  }
}
