package nl.stedendriehoek.kringloop.engine.api;

/** Base of the engine's expected failures; transports map each subtype to a status code. */
public abstract class EngineException extends RuntimeException {
  protected EngineException(String message) {
    super(message);
  }
}
