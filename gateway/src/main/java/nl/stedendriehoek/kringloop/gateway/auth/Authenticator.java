package nl.stedendriehoek.kringloop.gateway.auth;

/**
 * Checks the {@code Authorization} value of a request (an HTTP header for REST, metadata for
 * gRPC): one check for both transports, so they never differ.
 */
public interface Authenticator {

  /**
   * @param authorization the header value, or null when the caller sent none
   * @return the authenticated caller's name
   * @throws AuthenticationException when the credentials are missing or not accepted
   */
  String authenticate(String authorization);

  /** The {@code WWW-Authenticate} challenge of a 401 answer. */
  String challenge();

  /** Accepts every call: the method {@code none}, on loopback only. */
  Authenticator NONE = new Authenticator() {
    @Override
    public String authenticate(String authorization) {
      return "anonymous";
    }

    @Override
    public String challenge() {
      return "";
    }
  };
}
