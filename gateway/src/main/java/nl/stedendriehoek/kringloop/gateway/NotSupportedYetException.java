package nl.stedendriehoek.kringloop.gateway;

/**
 * A Camunda 8 command that the embedded engine does not offer (yet): REST 501 problem, gRPC
 * UNIMPLEMENTED. The message says what is missing; docs/compatibility.md lists these.
 */
public final class NotSupportedYetException extends RuntimeException {
  public NotSupportedYetException(String what) {
    super(what + " is not supported by Kringloop's embedded engine yet (see docs/compatibility.md)");
  }
}
