package nl.stedendriehoek.kringloop.gateway.auth;

/** A gateway address is not loopback while API authentication is off: start-up is refused. */
public final class UnauthenticatedExposureException extends RuntimeException {

  UnauthenticatedExposureException(String what, String address) {
    super("The " + what + " would listen on " + address + " without authentication");
  }
}
