package nl.stedendriehoek.kringloop.gateway.support;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;

/**
 * A rejection as both transports report it: REST as a problem detail with an HTTP status, gRPC as
 * a status code. Tests assert the kind, so one assertion holds for both.
 */
public enum Failure {
  INVALID_ARGUMENT(400),
  UNAUTHENTICATED(401),
  NOT_FOUND(404),
  FAILED_PRECONDITION(409),
  UNIMPLEMENTED(501);

  private final int httpStatus;

  Failure(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public static Failure of(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        for (Failure failure : values()) {
          if (failure.httpStatus == problem.code()) {
            return failure;
          }
        }
        throw new AssertionError("Unexpected HTTP status " + problem.code() + ": " + problem.details(), thrown);
      }
      if (t instanceof ClientStatusException status) {
        return valueOf(status.getStatusCode().name());
      }
    }
    throw new AssertionError("Expected a problem detail or a gRPC status, but got " + thrown, thrown);
  }

  /** The message the server gave: the problem's detail, or the gRPC status description. */
  public static String detail(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ProblemException problem) {
        return problem.details().getDetail();
      }
      if (t instanceof ClientStatusException status) {
        return status.getStatus().getDescription();
      }
    }
    return thrown.getMessage();
  }
}
