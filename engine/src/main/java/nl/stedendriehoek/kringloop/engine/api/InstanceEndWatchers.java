package nl.stedendriehoek.kringloop.engine.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Callers waiting for a process instance to end ("create with result"). They are completed from
 * the after-commit notification of the command that ended the instance; nothing polls. A watcher
 * registers before it reads the current state, so an end that commits in between is not missed.
 */
final class InstanceEndWatchers implements AutoCloseable {

  private final EngineQueries queries;
  private final Map<Long, List<CompletableFuture<ProcessInstanceView>>> waiting = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "kringloop-instance-end-timeout");
    thread.setDaemon(true);
    return thread;
  });

  InstanceEndWatchers(EngineQueries queries) {
    this.queries = queries;
  }

  CompletableFuture<ProcessInstanceView> awaitEnd(long processInstanceKey, Duration timeout) {
    CompletableFuture<ProcessInstanceView> future = new CompletableFuture<>();
    waiting.computeIfAbsent(processInstanceKey, k -> new CopyOnWriteArrayList<>()).add(future);
    try {
      ProcessInstanceView now = queries.processInstance(processInstanceKey);
      if (!"ACTIVE".equals(now.state())) {
        complete(processInstanceKey, now);
        return future;
      }
    } catch (NotFoundException e) {
      forget(processInstanceKey, future);
      future.completeExceptionally(e);
      return future;
    }
    timeouts.schedule(() -> {
      forget(processInstanceKey, future);
      future.completeExceptionally(new TimeoutException("Expected process instance " + processInstanceKey
          + " to end within " + timeout + ", but it is still active"));
    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    return future;
  }

  /** Called after the commit that ended the instance. */
  void ended(long processInstanceKey) {
    if (waiting.containsKey(processInstanceKey)) {
      complete(processInstanceKey, queries.processInstance(processInstanceKey));
    }
  }

  private void complete(long processInstanceKey, ProcessInstanceView view) {
    List<CompletableFuture<ProcessInstanceView>> futures = waiting.remove(processInstanceKey);
    if (futures != null) {
      futures.forEach(f -> f.complete(view));
    }
  }

  private void forget(long processInstanceKey, CompletableFuture<ProcessInstanceView> future) {
    waiting.computeIfPresent(processInstanceKey, (k, list) -> {
      list.remove(future);
      return list.isEmpty() ? null : list;
    });
  }

  @Override
  public void close() {
    timeouts.shutdownNow();
  }
}
