package nl.stedendriehoek.kringloop.console.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such task, or not one this user may see: both answer 404, so a URL never tells whether a
 * task of another group exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class TaskNotFoundException extends RuntimeException {
  TaskNotFoundException(String key) {
    super("No user task " + key + " visible to this user");
  }
}
