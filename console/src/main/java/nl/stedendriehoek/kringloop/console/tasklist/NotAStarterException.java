package nl.stedendriehoek.kringloop.console.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only the groups named in {@code kringloop.console.process-starters} start processes. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotAStarterException extends RuntimeException {
  NotAStarterException(String username) {
    super(username + " may not start processes");
  }
}
