package nl.stedendriehoek.kringloop.console.operate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No process instance (or definition, or incident of it) with this key: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InstanceNotFoundException extends RuntimeException {

  InstanceNotFoundException(String what, String key) {
    super(what + " " + key + " not found");
  }
}
