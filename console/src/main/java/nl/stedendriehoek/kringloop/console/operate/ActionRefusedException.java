package nl.stedendriehoek.kringloop.console.operate;

/** An Operate action that no longer applies, e.g. retrying an incident that is already resolved. */
class ActionRefusedException extends RuntimeException {

  ActionRefusedException(String message) {
    super(message);
  }
}
