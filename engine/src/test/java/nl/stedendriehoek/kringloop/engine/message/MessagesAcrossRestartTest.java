package nl.stedendriehoek.kringloop.engine.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Buffered messages, open subscriptions and pending deliveries are rows in PostgreSQL: a restart loses none. */
class MessagesAcrossRestartTest extends EngineTest {

  private static void restart() {
    engine.close();
    engine = KringloopEngine.start(TestDatabase.dataSource(), clock, MAX_VARIABLES_BYTES);
    service = engine.service();
    queries = engine.queries();
  }

  private static void deployWaiting() {
    deploy(Bpmn.createExecutableProcess("order").startEvent()
        .intermediateCatchEvent("reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("orderId"))
        .endEvent().done());
  }

  @Test
  void aBufferedMessageSurvivesARestartAndCorrelatesAfterwards() {
    // given
    deployWaiting();
    service.publishMessage(new PublishMessage("reply", "o-1", Duration.ofHours(1), null, Map.of("kept", true)));

    // when
    restart();
    long instance = start("order", Map.of("orderId", "o-1"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("kept", true);
  }

  @Test
  void anOpenSubscriptionSurvivesARestartAndCorrelatesAfterwards() {
    // given
    deployWaiting();
    long instance = start("order", Map.of("orderId", "o-1"));

    // when
    restart();
    service.publishMessage(new PublishMessage("reply", "o-1", Duration.ZERO, null, Map.of()));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void aDeliveryCommittedButNotCarriedOutBeforeACrashIsCarriedOutByTheNextEngine() {
    // given: a message was queued for the subscription, and the engine stopped before delivering it
    deployWaiting();
    long instance = start("order", Map.of("orderId", "o-1"));
    engine.close();
    JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    long subscription = jdbc.queryForObject("SELECT key FROM engine.event_subscription WHERE state = 'OPEN'", Long.class);
    jdbc.update("""
        INSERT INTO engine.message (key, name, correlation_key, variables, published_at, expires_at, state)
        VALUES (1, 'reply', 'o-1', '{"late": true}', now(), now(), 'PUBLISHED')""");
    jdbc.update("""
        INSERT INTO engine.event_delivery (key, subscription_key, bpmn_process_id, process_instance_key, message_key,
          variables, state, created_at)
        VALUES (2, ?, 'order', ?, 1, '{"late": true}', 'PENDING', now())""", subscription, instance);

    // when
    restart();
    engine.processDueWork();

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("late", true);
    assertThat(jdbc.queryForObject("SELECT state FROM engine.event_delivery WHERE key = 2", String.class))
        .isEqualTo("DONE");

    // when the same delivery is handled again, nothing changes
    engine.processDueWork();

    // then
    assertThat(elementStates(instance)).filteredOn(s -> s.startsWith("reply")).hasSize(1);
  }
}
