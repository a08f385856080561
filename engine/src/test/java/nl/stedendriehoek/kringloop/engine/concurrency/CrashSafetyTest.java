package nl.stedendriehoek.kringloop.engine.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kills every database connection of a busy engine mid-load (what a crash looks like to
 * PostgreSQL: open transactions roll back), restarts a new engine on the same database and lets
 * it finish. No job may be lost and none completed twice.
 */
class CrashSafetyTest {

  private static final int INSTANCES = 40;
  private static final int TASKS = 3;
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final EngineClock clock = new EngineClock();
  private final Map<Long, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
  private final JdbcTemplate db = new JdbcTemplate(TestDatabase.dataSource());

  @BeforeEach
  void clean() {
    TestDatabase.wipe();
    clock.pin(T0);
  }

  @Test
  void noJobIsLostOrCompletedTwiceWhenTheEngineDiesMidLoad() throws Exception {
    // given: a busy engine with workers completing a three-task chain
    HikariDataSource pool = TestDatabase.newDataSource(4, "crash-engine");
    KringloopEngine first = KringloopEngine.start(pool, clock, 4 * 1024 * 1024);
    io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> chain =
        Bpmn.createExecutableProcess("chain").startEvent();
    for (int i = 1; i <= TASKS; i++) {
      chain = chain.serviceTask("task" + i, t -> t.zeebeJobType("step"));
    }
    first.service().deploy(List.of(new Resource("chain.bpmn",
        Bpmn.convertToString(chain.endEvent().done()).getBytes(StandardCharsets.UTF_8))));
    for (int i = 0; i < INSTANCES; i++) {
      first.service().createProcessInstance(CreateProcessInstance.latest("chain", Map.of("n", i)));
    }
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService workers = startWorkers(first, running);

    // when: every connection of that engine is killed while it works, and the engine is dropped
    awaitAcknowledged(INSTANCES / 2);
    db.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'crash-engine'");
    running.set(false);
    workers.shutdown();
    assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    first.close();
    pool.close();
    int completedBeforeCrash = completedJobs();

    // and a new engine starts on the same database, after the lost activations' deadlines
    HikariDataSource secondPool = TestDatabase.newDataSource(4, "restarted-engine");
    clock.add(Duration.ofMinutes(2));
    KringloopEngine second = KringloopEngine.start(secondPool, clock, 4 * 1024 * 1024);
    AtomicBoolean again = new AtomicBoolean(true);
    ExecutorService restartedWorkers = startWorkers(second, again);
    awaitAllInstancesCompleted(second);
    again.set(false);
    restartedWorkers.shutdown();
    restartedWorkers.awaitTermination(30, TimeUnit.SECONDS);
    second.close();
    secondPool.close();

    // then
    assertThat(completedBeforeCrash).isLessThan(INSTANCES * TASKS);
    assertThat(db.queryForObject("SELECT count(*) FROM engine.job", Integer.class)).isEqualTo(INSTANCES * TASKS);
    assertThat(completedJobs()).isEqualTo(INSTANCES * TASKS);
    assertThat(db.queryForList("""
        SELECT key FROM engine.record WHERE value_type = 'JOB' AND intent = 'COMPLETED'
        GROUP BY key HAVING count(*) > 1""")).isEmpty();
    assertThat(db.queryForList("""
        SELECT process_instance_key, element_id FROM engine.element_instance
        WHERE element_type = 'SERVICE_TASK' GROUP BY process_instance_key, element_id HAVING count(*) <> 1"""))
        .isEmpty();
    assertThat(acknowledged.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    acknowledged.keySet().forEach(jobKey -> assertThat(db.queryForObject(
        "SELECT state FROM engine.job WHERE key = ?", String.class, jobKey)).isEqualTo("COMPLETED"));
  }

  private ExecutorService startWorkers(KringloopEngine engine, AtomicBoolean running) {
    ExecutorService workers = Executors.newFixedThreadPool(2);
    for (int w = 0; w < 2; w++) {
      workers.submit(() -> {
        while (running.get()) {
          try {
            List<ActivatedJob> jobs = engine.service().activateJobs(
                new ActivateJobsRequest("step", "crash-test", Duration.ofMinutes(1), 5, null),
                Duration.ofMillis(200)).get(10, TimeUnit.SECONDS);
            for (ActivatedJob job : jobs) {
              engine.service().completeJob(job.jobKey(), Map.of(job.elementId(), true));
              acknowledged.computeIfAbsent(job.jobKey(), k -> new AtomicInteger()).incrementAndGet();
            }
          } catch (Exception e) {
            // a killed connection: what a worker sees when the engine crashes; it just retries
          }
        }
      });
    }
    return workers;
  }

  private int completedJobs() {
    return db.queryForObject("SELECT count(*) FROM engine.job WHERE state = 'COMPLETED'", Integer.class);
  }

  private void awaitAcknowledged(int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acknowledged.size() < count) {
      assertThat(System.nanoTime()).as("workers make progress").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
    }
  }

  private static void awaitAllInstancesCompleted(KringloopEngine engine) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!engine.queries().processInstances(new ProcessInstanceFilter(null, "ACTIVE")).isEmpty()) {
      assertThat(System.nanoTime()).as("restarted engine finishes the work").isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
