package nl.stedendriehoek.kringloop.console.operate;

/** A variable edit the form cannot accept; {@link #reason()} picks the message shown. */
class InvalidVariableException extends RuntimeException {

  private final String reason;

  InvalidVariableException(String reason) {
    super("Invalid variable edit: " + reason);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
