package nl.stedendriehoek.kringloop.engine.api;

/** The thing to create exists already (a buffered message with the same id): HTTP 409, gRPC ALREADY_EXISTS. */
public final class AlreadyExistsException extends EngineException {
  public AlreadyExistsException(String message) {
    super(message);
  }
}
