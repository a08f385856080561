package nl.stedendriehoek.kringloop.engine.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ConcurrencyTest extends EngineTest {

  private ExecutorService threads;

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void concurrentCompletionsOnOneInstanceAreSerialisedSoTheJoinFiresOnce() throws Exception {
    // given: twenty instances, each with two parallel jobs before a join
    deploy(Bpmn.createExecutableProcess("par").startEvent().parallelGateway("split")
        .serviceTask("a", t -> t.zeebeJobType("a")).parallelGateway("merge").endEvent()
        .moveToNode("split").serviceTask("b", t -> t.zeebeJobType("b")).connectTo("merge").done());
    List<Long> instances = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      instances.add(start("par"));
    }
    List<ActivatedJob> jobs = new ArrayList<>(activate("a", 20));
    jobs.addAll(activate("b", 20));

    // when: both jobs of each instance are completed at the same time from different threads
    List<Future<?>> done = new ArrayList<>();
    for (ActivatedJob job : jobs) {
      done.add(threads.submit(() -> service.completeJob(job.jobKey(), Map.of())));
    }
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }

    // then
    for (long instance : instances) {
      assertThat(processState(instance)).isEqualTo("COMPLETED");
      assertThat(elementStates(instance)).filteredOn(s -> s.startsWith("merge:")).containsExactly("merge:COMPLETED");
    }
  }

  @Test
  void aLockedInstanceBlocksOnlyCommandsOnThatInstance() throws Exception {
    // given
    deploy(Bpmn.createExecutableProcess("one").startEvent().serviceTask("t", t -> t.zeebeJobType("one"))
        .endEvent().done());
    long locked = start("one");
    long free = start("one");
    Map<Long, ActivatedJob> jobs = new java.util.HashMap<>();
    activate("one", 2).forEach(j -> jobs.put(j.processInstanceKey(), j));

    try (Connection holder = TestDatabase.dataSource().getConnection()) {
      holder.setAutoCommit(false);
      holder.createStatement().execute("SELECT 1 FROM engine.process_instance WHERE key = " + locked + " FOR UPDATE");

      // when
      CompletableFuture<Void> blocked = CompletableFuture.runAsync(
          () -> service.completeJob(jobs.get(locked).jobKey(), Map.of()), threads);
      service.completeJob(jobs.get(free).jobKey(), Map.of());

      // then: the other instance went through while this one waits for the row lock
      assertThat(processState(free)).isEqualTo("COMPLETED");
      await("the command waits for the instance lock", () -> new JdbcTemplate(TestDatabase.dataSource())
          .queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", Integer.class) > 0);
      assertThat(blocked).isNotDone();
      holder.rollback();
      blocked.get(10, TimeUnit.SECONDS);
    }
    assertThat(processState(locked)).isEqualTo("COMPLETED");
  }

  @Test
  void concurrentWorkersNeverReceiveTheSameJob() throws Exception {
    // given
    deploy(Bpmn.createExecutableProcess("many").startEvent().serviceTask("t", t -> t.zeebeJobType("many"))
        .endEvent().done());
    for (int i = 0; i < 60; i++) {
      start("many");
    }

    // when
    List<Future<List<ActivatedJob>>> batches = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      batches.add(threads.submit(() -> service.activateJobs(
          new ActivateJobsRequest("many", "w", Duration.ofMinutes(1), 10, null))));
    }

    // then
    Set<Long> keys = new HashSet<>();
    int total = 0;
    for (Future<List<ActivatedJob>> batch : batches) {
      for (ActivatedJob job : batch.get(30, TimeUnit.SECONDS)) {
        keys.add(job.jobKey());
        total++;
      }
    }
    assertThat(total).isEqualTo(keys.size());
    assertThat(total + activate("many", 100).size()).isEqualTo(60);
  }
}
