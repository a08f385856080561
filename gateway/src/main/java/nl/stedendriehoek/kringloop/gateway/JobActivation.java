package nl.stedendriehoek.kringloop.gateway;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.EngineService;

/**
 * Job activation as both transports define it: {@code requestTimeout} above zero long-polls that
 * long, zero means the gateway default (10 s, like Zeebe's), below zero answers at once.
 */
public final class JobActivation {

  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final EngineService engine;

  public JobActivation(EngineService engine) {
    this.engine = engine;
  }

  public CompletableFuture<List<ActivatedJob>> activate(ActivateJobsRequest request, long requestTimeoutMillis) {
    if (requestTimeoutMillis < 0) {
      return CompletableFuture.completedFuture(engine.activateJobs(request));
    }
    return engine.activateJobs(request, requestTimeout(requestTimeoutMillis));
  }

  /** How long a request waits at most, for the transport's own time-out. */
  public static Duration requestTimeout(long requestTimeoutMillis) {
    return requestTimeoutMillis == 0 ? DEFAULT_REQUEST_TIMEOUT : Duration.ofMillis(Math.max(requestTimeoutMillis, 0));
  }

  /** Job timeout as sent; Zeebe treats a missing (zero) timeout as 5 minutes, the client default. */
  public static Duration jobTimeout(long timeoutMillis) {
    return timeoutMillis <= 0 ? Duration.ofMinutes(5) : Duration.ofMillis(timeoutMillis);
  }
}
