package nl.stedendriehoek.kringloop.gateway.auth;

/** How API callers prove who they are ({@code kringloop.gateway.auth.method}). */
public enum AuthMethod {
  /** No credentials: only allowed while REST and gRPC listen on loopback. */
  NONE,
  /** HTTP basic credentials (the client's {@code camunda.client.auth.method=basic}), BCrypt-checked. */
  BASIC,
  /** An OAuth2/OIDC JWT bearer token (the client's {@code oidc}), checked against the issuer's keys. */
  OIDC
}
