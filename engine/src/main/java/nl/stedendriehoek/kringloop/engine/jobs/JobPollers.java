package nl.stedendriehoek.kringloop.engine.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling for job activation. A request that finds no job parks here, per job type, until a
 * transaction commits a job of its type ({@link #jobsAvailable}) or its request timeout passes.
 * No loop polls the database: only a commit or the timeout wakes a parked request.
 */
public final class JobPollers implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(JobPollers.class);

  private final JobActivator activator;
  private final Map<String, Queue<Parked>> parked = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timeouts =
      Executors.newSingleThreadScheduledExecutor(daemon("kringloop-job-poll-timeout"));
  private final ExecutorService wakers = Executors.newFixedThreadPool(2, daemon("kringloop-job-poll"));

  public JobPollers(JobActivator activator) {
    this.activator = activator;
  }

  /**
   * Activates jobs now if there are any; otherwise completes when a job of the type commits (with
   * the jobs then activated) or after {@code requestTimeout} (with an empty list).
   */
  public CompletableFuture<List<ActivatedJob>> activateJobs(ActivateJobsRequest request, Duration requestTimeout) {
    Parked waiting = new Parked(request);
    Queue<Parked> queue = parked.computeIfAbsent(request.type(), t -> new ConcurrentLinkedQueue<>());
    queue.add(waiting);
    try {
      waiting.tryActivate(activator);
    } catch (RuntimeException e) {
      queue.remove(waiting);
      waiting.future.completeExceptionally(e);
      return waiting.future;
    }
    if (waiting.future.isDone()) {
      queue.remove(waiting);
      return waiting.future;
    }
    waiting.timeout = timeouts.schedule(() -> {
      queue.remove(waiting);
      waiting.expire();
    }, Math.max(requestTimeout.toMillis(), 0), TimeUnit.MILLISECONDS);
    return waiting.future;
  }

  /** Called after a commit made jobs of these types activatable. */
  public void jobsAvailable(Set<String> types) {
    for (String type : types) {
      Queue<Parked> queue = parked.get(type);
      if (queue != null && !queue.isEmpty()) {
        wakers.execute(() -> wake(queue));
      }
    }
  }

  private void wake(Queue<Parked> queue) {
    for (Parked waiting : queue) {
      try {
        int activated = waiting.tryActivate(activator);
        if (waiting.future.isDone()) {
          queue.remove(waiting);
          waiting.cancelTimeout();
        }
        if (activated < waiting.request.maxJobsToActivate()) {
          return;
        }
      } catch (RuntimeException e) {
        log.warn("Activating parked job request of type '{}' failed", waiting.request.type(), e);
        queue.remove(waiting);
        waiting.future.completeExceptionally(e);
      }
    }
  }

  @Override
  public void close() {
    timeouts.shutdownNow();
    wakers.shutdownNow();
    parked.values().forEach(queue -> queue.forEach(Parked::expire));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One parked request. Activation and expiry exclude each other, so no activated job is dropped. */
  private static final class Parked {
    final ActivateJobsRequest request;
    final CompletableFuture<List<ActivatedJob>> future = new CompletableFuture<>();
    volatile ScheduledFuture<?> timeout;

    Parked(ActivateJobsRequest request) {
      this.request = request;
    }

    synchronized int tryActivate(JobActivator activator) {
      if (future.isDone()) {
        return 0;
      }
      List<ActivatedJob> jobs = activator.activate(request);
      if (!jobs.isEmpty()) {
        future.complete(jobs);
      }
      return jobs.size();
    }

    synchronized void expire() {
      future.complete(List.of());
    }

    void cancelTimeout() {
      ScheduledFuture<?> scheduled = timeout;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
    }
  }
}
