package nl.stedendriehoek.kringloop.gateway;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;

/**
 * Waits for a process instance to end, for "create with result". The engine has no completion
 * notification yet, so this re-reads the instance on a short, growing interval (5 ms to 200 ms)
 * until it is no longer active or the request timeout passes. Waiting costs no request thread.
 */
public final class InstanceCompletion implements AutoCloseable {

  private static final long FIRST_CHECK_MILLIS = 5;
  private static final long MAX_CHECK_MILLIS = 200;

  private final EngineQueries queries;
  private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "kringloop-gateway-await-result");
    thread.setDaemon(true);
    return thread;
  });

  public InstanceCompletion(EngineQueries queries) {
    this.queries = queries;
  }

  /**
   * Completes with the ended instance, or exceptionally with a {@link TimeoutException} after
   * {@code timeout}.
   */
  public CompletableFuture<ProcessInstanceView> awaitEnd(long processInstanceKey, Duration timeout) {
    CompletableFuture<ProcessInstanceView> result = new CompletableFuture<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    schedule(result, processInstanceKey, deadline, 0);
    return result;
  }

  private void schedule(CompletableFuture<ProcessInstanceView> result, long key, long deadline, long delay) {
    checks.schedule(() -> check(result, key, deadline, delay), delay, TimeUnit.MILLISECONDS);
  }

  private void check(CompletableFuture<ProcessInstanceView> result, long key, long deadline, long delay) {
    if (result.isDone()) {
      return;
    }
    try {
      ProcessInstanceView instance = queries.processInstance(key);
      if (!"ACTIVE".equals(instance.state())) {
        result.complete(instance);
      } else if (System.nanoTime() >= deadline) {
        result.completeExceptionally(new TimeoutException("Expected process instance " + key
            + " to complete within the request timeout, but it is still active"));
      } else {
        long next = Math.min(Math.max(delay * 2, FIRST_CHECK_MILLIS), MAX_CHECK_MILLIS);
        schedule(result, key, deadline, Math.min(next, remainingMillis(deadline)));
      }
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private static long remainingMillis(long deadline) {
    return Math.max(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()), 0);
  }

  @Override
  public void close() {
    checks.shutdownNow();
  }
}
