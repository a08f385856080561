package nl.stedendriehoek.kringloop.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import nl.stedendriehoek.kringloop.bench.BenchEngine.BenchJob;

/**
 * A closed-loop load: starter threads keep {@code inFlight} instances running, worker threads
 * fetch and complete their jobs as fast as the engine lets them. Counts and latencies are taken
 * only in the measurement window after the warm-up; the planner statistics are refreshed once
 * half-way through the warm-up.
 */
final class LoadRun {

  private final BenchEngine engine;
  private final String processId;
  private final int tasks;
  private final Settings settings;

  private final Semaphore inFlight;
  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final Map<String, Long> ended = new ConcurrentHashMap<>();
  private final AtomicLong instancesCompleted = new AtomicLong();
  private final AtomicLong jobsCompleted = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final java.util.concurrent.atomic.AtomicReference<RuntimeException> firstError =
      new java.util.concurrent.atomic.AtomicReference<>();
  private volatile boolean running = true;

  record Settings(int inFlight, int starters, int workers, int fetchSize, Duration warmup, Duration measure) {}

  record Result(
      String engine, int tasks, double instancesPerSecond, double jobsPerSecond, double p50Millis,
      double p99Millis, long errors, long measuredInstances, String firstError) {}

  LoadRun(BenchEngine engine, int tasks, Settings settings) {
    this.engine = engine;
    this.tasks = tasks;
    this.settings = settings;
    this.processId = "chain" + tasks;
    this.inFlight = new Semaphore(settings.inFlight());
  }

  Result run() throws InterruptedException {
    engine.deployChain(processId, tasks);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < settings.starters(); i++) {
      threads.add(started(new Thread(this::startInstances, "starter-" + i)));
    }
    for (int i = 0; i < settings.workers(); i++) {
      String worker = "worker-" + i;
      threads.add(started(new Thread(() -> completeJobs(worker), worker)));
    }
    TimeUnit.MILLISECONDS.sleep(settings.warmup().toMillis() / 2);
    engine.analyze();
    TimeUnit.MILLISECONDS.sleep(settings.warmup().toMillis() - settings.warmup().toMillis() / 2);

    long windowStart = System.nanoTime();
    long instancesBefore = instancesCompleted.get();
    long jobsBefore = jobsCompleted.get();
    TimeUnit.MILLISECONDS.sleep(settings.measure().toMillis());
    long windowEnd = System.nanoTime();
    long instances = instancesCompleted.get() - instancesBefore;
    long jobs = jobsCompleted.get() - jobsBefore;

    running = false;
    inFlight.release(settings.starters());
    for (Thread thread : threads) {
      thread.join(30_000);
    }
    double seconds = (windowEnd - windowStart) / 1e9;
    double[] latencies = latenciesWithin(windowStart, windowEnd);
    return new Result(engine.name(), tasks, instances / seconds, jobs / seconds,
        percentile(latencies, 0.50), percentile(latencies, 0.99), errors.get(), latencies.length,
        firstError.get() == null ? null : firstError.get().toString());
  }

  private static Thread started(Thread thread) {
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private void startInstances() {
    while (running) {
      try {
        inFlight.acquire();
        if (!running) {
          return;
        }
        long at = System.nanoTime();
        started.put(engine.start(processId), at);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        error(e);
        inFlight.release();
      }
    }
  }

  private void completeJobs(String worker) {
    while (running) {
      List<BenchJob> jobs;
      try {
        jobs = engine.fetch(worker, settings.fetchSize());
      } catch (RuntimeException e) {
        error(e);
        continue;
      }
      if (jobs.isEmpty()) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        continue;
      }
      for (BenchJob job : jobs) {
        try {
          engine.complete(job);
          jobsCompleted.incrementAndGet();
          if (job.last()) {
            ended.put(job.instanceId(), System.nanoTime());
            instancesCompleted.incrementAndGet();
            inFlight.release();
          }
        } catch (RuntimeException e) {
          error(e);
        }
      }
    }
  }

  /** Start-to-end latencies (ms) of instances that started and ended inside the window. */
  private double[] latenciesWithin(long windowStart, long windowEnd) {
    return ended.entrySet().stream()
        .filter(e -> e.getValue() <= windowEnd)
        .map(e -> new long[] {started.getOrDefault(e.getKey(), -1L), e.getValue()})
        .filter(pair -> pair[0] >= windowStart)
        .mapToDouble(pair -> (pair[1] - pair[0]) / 1e6)
        .sorted()
        .toArray();
  }

  private void error(RuntimeException e) {
    errors.incrementAndGet();
    firstError.compareAndSet(null, e);
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

}
