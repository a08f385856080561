package nl.stedendriehoek.kringloop.engine.api;

import java.util.List;

/** The request itself is wrong (bad model, bad variables): HTTP 400, gRPC INVALID_ARGUMENT. */
public final class InvalidArgumentException extends EngineException {

  private final List<String> details;

  public InvalidArgumentException(String message) {
    this(message, List.of());
  }

  public InvalidArgumentException(String message, List<String> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  /** One line per problem, e.g. per element of a rejected deployment. */
  public List<String> details() {
    return details;
  }
}
