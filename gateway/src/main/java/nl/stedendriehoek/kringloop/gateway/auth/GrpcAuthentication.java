package nl.stedendriehoek.kringloop.gateway.auth;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Authenticates every gRPC call by its {@code authorization} metadata, with the same
 * {@link Authenticator} as REST; a refusal closes the call with {@code UNAUTHENTICATED} before
 * the gateway service sees it. Only the gateway service is intercepted: gRPC health stays open,
 * like REST health.
 */
public final class GrpcAuthentication implements ServerInterceptor {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final Authenticator authenticator;

  public GrpcAuthentication(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    try {
      authenticator.authenticate(headers.get(AUTHORIZATION));
    } catch (AuthenticationException e) {
      call.close(Status.UNAUTHENTICATED.withDescription(e.getMessage()), new Metadata());
      return new ServerCall.Listener<>() {};
    }
    return next.startCall(call, headers);
  }
}
