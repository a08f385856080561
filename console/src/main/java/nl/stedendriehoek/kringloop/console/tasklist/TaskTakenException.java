package nl.stedendriehoek.kringloop.console.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The task is visible to the user but claimed by a colleague: they may look, not act. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class TaskTakenException extends RuntimeException {
  TaskTakenException(long key, String assignee) {
    super("User task " + key + " is claimed by " + assignee);
  }
}
