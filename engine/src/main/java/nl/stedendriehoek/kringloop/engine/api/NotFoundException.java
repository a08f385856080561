package nl.stedendriehoek.kringloop.engine.api;

/** The addressed thing (instance, job, task …) does not exist: HTTP 404, gRPC NOT_FOUND. */
public final class NotFoundException extends EngineException {
  public NotFoundException(String message) {
    super(message);
  }
}
