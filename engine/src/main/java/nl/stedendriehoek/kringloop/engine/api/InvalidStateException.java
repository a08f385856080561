package nl.stedendriehoek.kringloop.engine.api;

/**
 * The request is valid but the target is not in a state that allows it (job already completed,
 * instance already ended): HTTP 409, gRPC FAILED_PRECONDITION.
 */
public final class InvalidStateException extends EngineException {
  public InvalidStateException(String message) {
    super(message);
  }
}
