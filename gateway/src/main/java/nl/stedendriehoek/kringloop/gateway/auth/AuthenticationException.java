package nl.stedendriehoek.kringloop.gateway.auth;

/** The caller's credentials are missing or not accepted; the message says which, never the secret. */
public final class AuthenticationException extends RuntimeException {

  public AuthenticationException(String message) {
    super(message);
  }
}
