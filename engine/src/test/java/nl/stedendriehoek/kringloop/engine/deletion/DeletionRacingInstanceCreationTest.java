package nl.stedendriehoek.kringloop.engine.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deletion and an instance creation of the same definition never both succeed: the creation
 * holds the definition row while it creates, the deletion locks it, so one waits for the other and
 * then sees its outcome. No instance is ever left on a deleted definition.
 */
class DeletionRacingInstanceCreationTest extends EngineTest {

  private static final JdbcTemplate SQL = new JdbcTemplate(TestDatabase.dataSource());

  private ExecutorService threads;

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static long deployWaitingProcess(String processId) {
    return deploy(Bpmn.createExecutableProcess(processId).startEvent().serviceTask("work", t -> t.zeebeJobType("work"))
        .endEvent().done()).process(processId).processDefinitionKey();
  }

  private static int activeInstancesOnDeletedDefinitions() {
    return SQL.queryForObject("""
        SELECT count(*) FROM engine.process_instance i JOIN engine.process_definition d ON d.key = i.process_definition_key
        WHERE i.state = 'ACTIVE' AND d.deleted_at IS NOT NULL""", Integer.class);
  }

  @Test
  void shouldMakeACreationWaitForADeletionInFlightAndThenRefuseIt() throws Exception {
    // given: a deletion holds the definition's row and has marked it, not yet committed
    long key = deployWaitingProcess("raced");
    try (Connection deletion = TestDatabase.dataSource().getConnection()) {
      deletion.setAutoCommit(false);
      deletion.createStatement().execute("SELECT 1 FROM engine.process_definition WHERE key = " + key + " FOR UPDATE");
      deletion.createStatement().execute("UPDATE engine.process_definition SET deleted_at = now() WHERE key = " + key);

      // when
      CompletableFuture<Long> creation = CompletableFuture.supplyAsync(() -> service.createProcessInstance(
          CreateProcessInstance.byKey(key, Map.of())).processInstanceKey(), threads);
      await("the creation waits for the definition's row", () -> SQL.queryForObject(
          "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'", Integer.class) > 0);
      assertThat(creation).isNotDone();
      deletion.commit();

      // then
      assertThat(creation).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(NotFoundException.class).withMessageContaining("it was deleted");
    }
    assertThat(SQL.queryForObject("SELECT count(*) FROM engine.process_instance", Integer.class)).isZero();
  }

  @Test
  void shouldLetExactlyOneOfACreationAndADeletionStartedTogetherSucceed() throws Exception {
    for (int round = 0; round < 20; round++) {
      // given
      long key = deployWaitingProcess("race-" + round);
      CountDownLatch go = new CountDownLatch(1);

      // when
      CompletableFuture<Boolean> created = CompletableFuture.supplyAsync(() -> {
        awaitLatch(go);
        try {
          service.createProcessInstance(CreateProcessInstance.byKey(key, Map.of()));
          return true;
        } catch (NotFoundException e) {
          return false;
        }
      }, threads);
      CompletableFuture<Boolean> deleted = CompletableFuture.supplyAsync(() -> {
        awaitLatch(go);
        try {
          service.deleteResource(key, null);
          return true;
        } catch (InvalidStateException e) {
          return false;
        }
      }, threads);
      go.countDown();

      // then
      assertThat(created.get(10, TimeUnit.SECONDS)).isNotEqualTo(deleted.get(10, TimeUnit.SECONDS));
      assertThat(activeInstancesOnDeletedDefinitions()).isZero();
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
