package nl.stedendriehoek.kringloop.console.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A submission that no form of ours produced (e.g. variables that are not a JSON object). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class InvalidSubmissionException extends RuntimeException {
  InvalidSubmissionException(String message) {
    super(message);
  }
}
