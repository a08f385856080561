package nl.stedendriehoek.kringloop.gateway.rest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Long-running requests (job long polling, create with result) hold no servlet thread while they
 * wait. When the client goes away or the servlet time-out passes, the engine-side wait is
 * cancelled, so no job is activated for a request nobody reads any more.
 */
final class Async {

  /** Head room above the request's own time-out before the servlet container gives up. */
  private static final Duration MARGIN = Duration.ofSeconds(10);

  private Async() {}

  static <T> DeferredResult<T> deferred(CompletableFuture<T> future, Duration requestTimeout) {
    DeferredResult<T> result = new DeferredResult<>(requestTimeout.plus(MARGIN).toMillis());
    future.whenComplete((value, error) -> {
      if (error != null) {
        result.setErrorResult(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
      } else {
        result.setResult(value);
      }
    });
    result.onTimeout(() -> future.cancel(false));
    result.onError(error -> future.cancel(false));
    return result;
  }
}
