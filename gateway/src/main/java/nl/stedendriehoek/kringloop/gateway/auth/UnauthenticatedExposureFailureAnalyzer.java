package nl.stedendriehoek.kringloop.gateway.auth;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One clear message instead of a stack trace when the API would be exposed without authentication. */
public final class UnauthenticatedExposureFailureAnalyzer
    extends AbstractFailureAnalyzer<UnauthenticatedExposureException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnauthenticatedExposureException cause) {
    return new FailureAnalysis(cause.getMessage() + ": anyone who reaches it could start, cancel and change "
        + "processes.",
        "Either bind it to loopback (server.address=127.0.0.1, kringloop.gateway.grpc.address=127.0.0.1), or turn "
            + "on API authentication: kringloop.gateway.auth.method=basic (with "
            + "kringloop.gateway.auth.basic.users.<name>=<BCrypt hash>) or oidc (with "
            + "kringloop.gateway.auth.oidc.issuer-uri, .jwk-set-uri and .audience). See README, \"API authentication\".",
        cause);
  }
}
