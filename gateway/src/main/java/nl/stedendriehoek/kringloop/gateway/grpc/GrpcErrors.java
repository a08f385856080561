package nl.stedendriehoek.kringloop.gateway.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import nl.stedendriehoek.kringloop.engine.api.AlreadyExistsException;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's failures as the status codes Zeebe's gateway uses; the description says what was wrong. */
final class GrpcErrors {

  private static final Logger log = LoggerFactory.getLogger(GrpcErrors.class);

  private GrpcErrors() {}

  static StatusRuntimeException toStatus(Throwable error, String rpc) {
    Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    Status status;
    if (e instanceof NotFoundException) {
      status = Status.NOT_FOUND;
    } else if (e instanceof InvalidArgumentException invalid) {
      String detail = invalid.details().isEmpty() ? e.getMessage() : e.getMessage() + "\n" + String.join("\n", invalid.details());
      return Status.INVALID_ARGUMENT.withDescription(detail).asRuntimeException();
    } else if (e instanceof InvalidRequestException) {
      status = Status.INVALID_ARGUMENT;
    } else if (e instanceof AlreadyExistsException) {
      status = Status.ALREADY_EXISTS;
    } else if (e instanceof InvalidStateException) {
      status = Status.FAILED_PRECONDITION;
    } else if (e instanceof NotSupportedYetException) {
      status = Status.UNIMPLEMENTED;
    } else if (e instanceof TimeoutException) {
      status = Status.DEADLINE_EXCEEDED;
    } else if (e instanceof CancellationException) {
      status = Status.CANCELLED;
    } else if (e instanceof StatusRuntimeException already) {
      return already;
    } else {
      log.error("Unexpected failure of gRPC {}", rpc, e);
      return Status.INTERNAL.withDescription("Unexpected error while handling " + rpc + ": "
          + e.getClass().getSimpleName()).asRuntimeException();
    }
    return status.withDescription(e.getMessage()).asRuntimeException();
  }
}
