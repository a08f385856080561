package nl.stedendriehoek.kringloop.gateway;

/**
 * The request cannot be understood before it reaches the engine (malformed JSON, a wrong type, an
 * unknown field or enum value): REST 400, gRPC INVALID_ARGUMENT. Nothing has been written.
 */
public final class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
