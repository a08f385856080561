package nl.stedendriehoek.kringloop.engine.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Condition;
import java.util.function.LongPredicate;
import java.util.concurrent.locks.ReentrantLock;
import nl.stedendriehoek.kringloop.engine.execution.EngineEvents;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.Records;
import nl.stedendriehoek.kringloop.engine.state.jdbc.RowMappers;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One thread that sleeps until the earliest due time in the database (job deadlines, retry
 * backoffs, timers) and then claims what is due with {@code FOR UPDATE SKIP LOCKED}. It is woken early
 * when a commit sets an earlier due time or the engine clock moves; it never polls in a loop.
 * Because the due rows are in the database, nothing is lost over a restart: the first pass after
 * start-up handles everything that fell due while the engine was down.
 */
public final class DueWorkScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DueWorkScheduler.class);
  private static final int BATCH = 500;
  /** An upper bound on sleeping, in case a due time was set by another engine node. */
  private static final Duration MAX_SLEEP = Duration.ofMinutes(1);

  private static final Duration MIN_SLEEP = Duration.ofMillis(10);
  /**
   * Due timers are fired by this many threads at once: each firing is its own command on its own
   * instance, so they do not wait for each other, and PostgreSQL can group their commits. One
   * thread fired 10 000 timers due within a minute up to 20 s late (docs/performance.md).
   */
  static final int FIRING_THREADS = 4;

  private static final String TIME_OUT_JOBS =
      """
      UPDATE engine.job SET state = 'ACTIVATABLE', worker = NULL, deadline = NULL
      WHERE key IN (SELECT key FROM engine.job WHERE state = 'ACTIVATED' AND deadline <= ?
                    ORDER BY deadline LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING *""";

  private static final String END_BACKOFFS =
      """
      UPDATE engine.job SET activatable_at = NULL
      WHERE key IN (SELECT key FROM engine.job
                    WHERE state = 'ACTIVATABLE' AND activatable_at IS NOT NULL AND activatable_at <= ?
                    ORDER BY activatable_at LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING *""";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final StateWriter writer;
  private final InstantSource clock;
  private final EngineEvents events;
  /** Fires one due timer in its own command; false when it turned out stale. */
  private final LongPredicate timerTrigger;
  private volatile Instant plannedWake;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wakeUp = lock.newCondition();
  private boolean signalled;
  private volatile boolean running;
  private Thread thread;
  /** Further kinds of due work (message expiry, pending deliveries), each with its earliest due time. */
  private final List<DueWork> moreWork = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A kind of due work another part of the engine owns. */
  public interface DueWork {
    /** Handles what is due at {@code now}; returns how much it handled. */
    int handle(Instant now);

    /** The earliest time something of this kind falls due, or null. */
    Instant nextDue();
  }

  /** Adds a kind of due work to every pass. */
  public void alsoHandle(DueWork work) {
    moreWork.add(work);
  }
  private final ExecutorService firing = Executors.newFixedThreadPool(FIRING_THREADS, runnable -> {
    Thread firer = new Thread(runnable, "kringloop-timer-firing");
    firer.setDaemon(true);
    return firer;
  });

  public DueWorkScheduler(
      JdbcClient jdbc, TransactionTemplate tx, StateWriter writer, InstantSource clock,
      EngineEvents events, LongPredicate timerTrigger) {
    this.timerTrigger = timerTrigger;
    this.jdbc = jdbc;
    this.tx = tx;
    this.writer = writer;
    this.clock = clock;
    this.events = events;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "kringloop-scheduler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Something became due at {@code instant} (or the clock moved): re-plan now. */
  public void wakeUp() {
    lock.lock();
    try {
      signalled = true;
      wakeUp.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Something falls due at {@code due}: wake up only if that is before the planned wake-up. */
  public void dueAt(Instant due) {
    Instant planned = plannedWake;
    if (planned == null || due.isBefore(planned)) {
      wakeUp();
    }
  }

  /** Handles everything due now; returns how many jobs changed. Public for tests and operators. */
  public int processDueWork() {
    Instant now = clock.instant();
    Set<String> types = new HashSet<>();
    int changed = 0;
    List<Job> timedOut;
    do {
      timedOut = claim(TIME_OUT_JOBS, "TIMED_OUT", now);
      timedOut.forEach(job -> types.add(job.type()));
      changed += timedOut.size();
    } while (timedOut.size() == BATCH);
    List<Job> backedOff;
    do {
      backedOff = claim(END_BACKOFFS, "RECURRED_AFTER_BACKOFF", now);
      backedOff.forEach(job -> types.add(job.type()));
      changed += backedOff.size();
    } while (backedOff.size() == BATCH);
    events.jobsAvailable(types);
    changed += fireDueTimers(now);
    for (DueWork work : moreWork) {
      try {
        changed += work.handle(now);
      } catch (RuntimeException e) {
        log.warn("Due work {} failed; it stays due", work, e);
      }
    }
    return changed;
  }

  /**
   * Fires the timers due at {@code now}, each in its own command (which locks its instance and
   * re-checks the timer, so a timer fired concurrently by another node is a no-op here).
   */
  private int fireDueTimers(Instant now) {
    int fired = 0;
    List<Long> due;
    do {
      due = jdbc.sql("SELECT key FROM engine.timer WHERE state = 'ACTIVE' AND due_date <= ? ORDER BY due_date LIMIT ?")
          .params(Sql.timestamp(now), BATCH).query(Long.class).list();
      List<Future<Boolean>> firings = due.stream().map(timerKey -> firing.submit(() -> fire(timerKey))).toList();
      int firedNow = 0;
      for (Future<Boolean> firingOf : firings) {
        if (outcome(firingOf)) {
          firedNow++;
        }
      }
      fired += firedNow;
      if (firedNow == 0) {
        break;
      }
    } while (due.size() == BATCH);
    return fired;
  }

  private boolean fire(long timerKey) {
    try {
      return timerTrigger.test(timerKey);
    } catch (RuntimeException e) {
      log.warn("Timer {} could not be fired; it stays due", timerKey, e);
      return false;
    }
  }

  private static boolean outcome(Future<Boolean> firing) {
    try {
      return firing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return false;
    }
  }

  private List<Job> claim(String sql, String intent, Instant now) {
    return tx.execute(status -> {
      List<Job> jobs = jdbc.sql(sql).params(Sql.timestamp(now), BATCH).query(RowMappers::job).list();
      writer.writeRecords(jobs.stream().map(job -> Records.job(job, intent, now)).toList());
      return jobs;
    });
  }

  private Instant nextDue() {
    Instant deadline = jdbc.sql("SELECT min(deadline) FROM engine.job WHERE state = 'ACTIVATED'")
        .query((rs, i) -> Sql.instant(rs, "min")).list().get(0);
    Instant backoff = jdbc.sql(
            "SELECT min(activatable_at) FROM engine.job WHERE state = 'ACTIVATABLE' AND activatable_at IS NOT NULL")
        .query((rs, i) -> Sql.instant(rs, "min")).list().get(0);
    Instant timer = jdbc.sql("SELECT min(due_date) FROM engine.timer WHERE state = 'ACTIVE'")
        .query((rs, i) -> Sql.instant(rs, "min")).list().get(0);
    Instant next = earlier(earlier(deadline, backoff), timer);
    for (DueWork work : moreWork) {
      next = earlier(next, work.nextDue());
    }
    return next;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private void loop() {
    while (running) {
      try {
        processDueWork();
        Instant next = nextDue();
        Duration sleep = next == null ? MAX_SLEEP : Duration.between(clock.instant(), next);
        if (sleep.compareTo(MIN_SLEEP) < 0) {
          sleep = MIN_SLEEP; // due but still locked by a running command: let it commit first
        }
        Duration capped = sleep.compareTo(MAX_SLEEP) > 0 ? MAX_SLEEP : sleep;
        plannedWake = clock.instant().plus(capped);
        sleep(capped);
        plannedWake = null;
      } catch (RuntimeException e) {
        if (running) {
          log.warn("Scheduler pass failed; retrying in a second", e);
          sleep(Duration.ofSeconds(1));
        }
      }
    }
  }

  private void sleep(Duration duration) {
    lock.lock();
    try {
      long nanos = duration.toNanos();
      while (!signalled && running && nanos > 0) {
        nanos = wakeUp.awaitNanos(nanos);
      }
      signalled = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    running = false;
    firing.shutdownNow();
    wakeUp();
    Thread current = thread;
    if (current != null) {
      current.interrupt();
    }
  }
}
