package nl.stedendriehoek.kringloop.engine.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishing and subscribing at the same moment, from different threads: a message is never missed
 * (a subscription opened while it is published sees it, or it sees the subscription) and never
 * reaches a process twice.
 */
class MessageCorrelationConcurrencyTest extends EngineTest {

  private static final int ROUNDS = 20;
  private static final int THREADS = 4;
  private ExecutorService threads;

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static void deployWaiting() {
    deploy(Bpmn.createExecutableProcess("order").startEvent()
        .intermediateCatchEvent("reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("orderId"))
        .endEvent().done());
  }

  private static long deliveriesOf(long messageKey) {
    return new JdbcTemplate(TestDatabase.dataSource()).queryForObject(
        "SELECT count(*) FROM engine.event_delivery WHERE message_key = ? AND state = 'DONE'", Long.class, messageKey);
  }

  @Test
  void aMessagePublishedWhileTheSubscriptionOpensIsNeverMissed() throws Exception {
    // given
    deployWaiting();
    List<Future<Long>> instances = new ArrayList<>();
    List<Future<Long>> messages = new ArrayList<>();

    // when: in each round an instance starts and its buffered message is published at the same time
    for (int i = 0; i < ROUNDS; i++) {
      String key = "o-" + i;
      CyclicBarrier together = new CyclicBarrier(2);
      instances.add(threads.submit(() -> {
        together.await();
        return start("order", Map.of("orderId", key));
      }));
      messages.add(threads.submit(() -> {
        together.await();
        return service.publishMessage(new PublishMessage("reply", key, Duration.ofMinutes(1), null, Map.of()));
      }));
    }

    // then: once both commands have returned (a publication returns after its deliveries)
    for (int i = 0; i < ROUNDS; i++) {
      long instance = instances.get(i).get(30, TimeUnit.SECONDS);
      long message = messages.get(i).get(30, TimeUnit.SECONDS);
      assertThat(processState(instance)).isEqualTo("COMPLETED");
      assertThat(deliveriesOf(message)).isEqualTo(1);
    }
  }

  @Test
  void twoInstancesOfOneProcessWaitingAtOnceGetABufferedMessageOnlyOnce() throws Exception {
    // given
    deployWaiting();
    long message = service.publishMessage(new PublishMessage("reply", "shared", Duration.ofMinutes(1), null, Map.of()));
    CyclicBarrier together = new CyclicBarrier(THREADS);
    List<Future<Long>> instances = new ArrayList<>();

    // when: as many instances as threads start at the same moment
    for (int i = 0; i < THREADS; i++) {
      instances.add(threads.submit(() -> {
        together.await();
        return start("order", Map.of("orderId", "shared"));
      }));
    }
    int completed = 0;
    for (Future<Long> instance : instances) {
      if (processState(instance.get(30, TimeUnit.SECONDS)).equals("COMPLETED")) {
        completed++;
      }
    }

    // then
    assertThat(completed).isEqualTo(1);
    assertThat(deliveriesOf(message)).isEqualTo(1);
  }
}
