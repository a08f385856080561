package nl.stedendriehoek.kringloop.engine.api;

import java.time.Duration;
import java.util.List;

/**
 * A worker asks for up to {@code maxJobsToActivate} jobs of {@code type}, locked for {@code
 * timeout}. {@code fetchVariables} null or empty means all visible variables.
 */
public record ActivateJobsRequest(
    String type, String worker, Duration timeout, int maxJobsToActivate, List<String> fetchVariables) {

  public ActivateJobsRequest {
    if (type == null || type.isBlank()) {
      throw new InvalidArgumentException("Expected a job type to activate, but it was empty");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new InvalidArgumentException("Expected a positive job timeout, but got " + timeout);
    }
    if (maxJobsToActivate < 1) {
      throw new InvalidArgumentException(
          "Expected to activate at least one job, but maxJobsToActivate was " + maxJobsToActivate);
    }
    fetchVariables = fetchVariables == null ? List.of() : List.copyOf(fetchVariables);
  }
}
