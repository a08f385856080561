package nl.stedendriehoek.kringloop.engine.execution.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.AlreadyExistsException;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.MessageCorrelated;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;

class MessageCatchEventTest extends EngineTest {

  private static BpmnModelInstance waitingFor(String processId, String correlationKey) {
    return Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression(correlationKey))
        .endEvent("done").done();
  }

  private static long publish(String name, String key, Duration ttl, Map<String, Object> variables) {
    return service.publishMessage(new PublishMessage(name, key, ttl, null, variables));
  }

  @Test
  void aPublishedMessageCompletesTheWaitingCatchEventWithItsVariables() {
    // given
    deploy(waitingFor("order", "orderId"));
    long instance = start("order", Map.of("orderId", "order-1"));
    assertThat(activeElements(instance)).containsExactly("reply");

    // when
    publish("reply", "order-1", Duration.ZERO, Map.of("paid", true));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("paid", true);
  }

  @Test
  void aMessageWithAnotherCorrelationKeyOrNameDoesNotCorrelate() {
    // given
    deploy(waitingFor("order", "orderId"));
    long instance = start("order", Map.of("orderId", "order-1"));

    // when
    publish("reply", "order-2", Duration.ZERO, Map.of());
    publish("other", "order-1", Duration.ZERO, Map.of());

    // then
    assertThat(activeElements(instance)).containsExactly("reply");
  }

  @Test
  void aNumericCorrelationKeyIsMatchedAsText() {
    // given
    deploy(waitingFor("order", "orderNumber"));
    long instance = start("order", Map.of("orderNumber", 42));

    // when
    publish("reply", "42", Duration.ZERO, Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void withOutputMappingsTheMessageVariablesAreLocalAndOnlyTheMappedOnesPropagate() {
    // given
    deploy(Bpmn.createExecutableProcess("order").startEvent()
        .intermediateCatchEvent("reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("orderId"))
        .zeebeOutputExpression("amount * 2", "doubled").endEvent().done());
    long instance = start("order", Map.of("orderId", "o-1"));

    // when
    publish("reply", "o-1", Duration.ZERO, Map.of("amount", 21, "secret", "x"));

    // then
    assertThat(variables(instance)).containsEntry("doubled", 42L).doesNotContainKeys("amount", "secret");
  }

  @Test
  void aBufferedMessageCorrelatesToASubscriptionOpenedWithinItsTimeToLive() {
    // given
    deploy(waitingFor("order", "orderId"));
    publish("reply", "order-1", Duration.ofMinutes(10), Map.of("early", true));
    clock.add(Duration.ofMinutes(9));

    // when
    long instance = start("order", Map.of("orderId", "order-1"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance)).containsEntry("early", true);
  }

  @Test
  void anExpiredMessageIsDroppedAndCorrelatesToNothing() {
    // given
    deploy(waitingFor("order", "orderId"));
    publish("reply", "order-1", Duration.ofMinutes(10), Map.of());
    clock.add(Duration.ofMinutes(10));
    engine.processDueWork();

    // when
    long instance = start("order", Map.of("orderId", "order-1"));

    // then
    assertThat(activeElements(instance)).containsExactly("reply");
    assertThat(new JdbcTemplate(TestDatabase.dataSource()).queryForList(
        "SELECT intent FROM engine.record WHERE value_type = 'MESSAGE' ORDER BY position", String.class))
        .containsExactly("PUBLISHED", "EXPIRED");
  }

  @Test
  void anEnormousTimeToLiveBuffersTheMessageUntilTheEndOfTime() {
    // given
    deploy(waitingFor("order", "orderId"));
    publish("reply", "order-1", Duration.ofMillis(Long.MAX_VALUE), Map.of());
    clock.add(Duration.ofDays(365 * 100));

    // when
    long instance = start("order", Map.of("orderId", "order-1"));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void aMessageWithoutTimeToLiveIsNotBuffered() {
    // given
    deploy(waitingFor("order", "orderId"));
    publish("reply", "order-1", Duration.ZERO, Map.of());

    // when
    long instance = start("order", Map.of("orderId", "order-1"));

    // then
    assertThat(activeElements(instance)).containsExactly("reply");
  }

  @Test
  void aBufferedMessageReachesEachProcessOnlyOnce() {
    // given
    deploy(waitingFor("order", "orderId"));
    publish("reply", "order-1", Duration.ofHours(1), Map.of());

    // when
    long first = start("order", Map.of("orderId", "order-1"));
    long second = start("order", Map.of("orderId", "order-1"));

    // then
    assertThat(processState(first)).isEqualTo("COMPLETED");
    assertThat(activeElements(second)).containsExactly("reply");
  }

  @Test
  void aMessageReachesOneInstanceOfEachWaitingProcess() {
    // given
    deploy(waitingFor("order", "orderId"));
    deploy(waitingFor("invoice", "orderId"));
    long order1 = start("order", Map.of("orderId", "o-1"));
    long order2 = start("order", Map.of("orderId", "o-1"));
    long invoice = start("invoice", Map.of("orderId", "o-1"));

    // when
    publish("reply", "o-1", Duration.ZERO, Map.of());

    // then: Camunda 8 correlates a message once per process (BPMN process id), to the oldest subscription
    assertThat(processState(order1)).isEqualTo("COMPLETED");
    assertThat(activeElements(order2)).containsExactly("reply");
    assertThat(processState(invoice)).isEqualTo("COMPLETED");
  }

  @Test
  void aSecondMessageWithTheSameIdIsRefusedWhileTheFirstIsBuffered() {
    // given
    service.publishMessage(new PublishMessage("reply", "o-1", Duration.ofMinutes(5), "id-1", Map.of()));

    // when / then
    assertThatThrownBy(() -> service.publishMessage(new PublishMessage("reply", "o-1", Duration.ofMinutes(5), "id-1",
        Map.of()))).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("id 'id-1'");

    // when the first expired, the id can be used again
    clock.add(Duration.ofMinutes(5));
    long again = service.publishMessage(new PublishMessage("reply", "o-1", Duration.ofMinutes(5), "id-1", Map.of()));

    // then
    assertThat(again).isPositive();
  }

  @Test
  void aCorrelationKeyThatIsNullRaisesAnIncidentNamingTheEventAndTheExpression() {
    // given
    deploy(waitingFor("order", "orderId"));

    // when
    long instance = start("order");

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage())
          .contains("correlation key 'orderId'", "element 'reply'", "a string or a number", "got null");
    });
  }

  @Test
  void aCorrelationKeyThatIsAListRaisesAnIncidentAndResolvingItAfterFixingTheVariableOpensTheSubscription() {
    // given
    deploy(waitingFor("order", "orderId"));
    long instance = start("order", Map.of("orderId", java.util.List.of(1, 2)));
    var incident = activeIncidents(instance).get(0);
    assertThat(incident.errorMessage()).contains("got array [1,2]");

    // when
    service.setVariables(instance, Map.of("orderId", "o-1"), false);
    service.resolveIncident(incident.incidentKey());
    publish("reply", "o-1", Duration.ZERO, Map.of());

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void correlateReturnsTheInstanceItReachedAndNotFoundWhenNothingWaits() {
    // given
    deploy(waitingFor("order", "orderId"));
    long instance = start("order", Map.of("orderId", "o-1"));

    // when
    MessageCorrelated correlated = service.correlateMessage("reply", "o-1", Map.of("x", 1));

    // then
    assertThat(correlated.processInstanceKey()).isEqualTo(instance);
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThatThrownBy(() -> service.correlateMessage("reply", "o-1", Map.of()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("message with name 'reply' and correlation key 'o-1'");
  }

  @Test
  void leavingTheScopeClosesTheSubscription() {
    // given
    deploy(waitingFor("order", "orderId"));
    long instance = start("order", Map.of("orderId", "o-1"));

    // when
    service.cancelProcessInstance(instance);

    // then
    assertThatThrownBy(() -> service.correlateMessage("reply", "o-1", Map.of())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aMessageWithoutNameOrWithANegativeTimeToLiveIsRefused() {
    assertThatThrownBy(() -> publish(" ", "k", Duration.ZERO, Map.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("message name");
    assertThatThrownBy(() -> publish("reply", "k", Duration.ofSeconds(-1), Map.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("time-to-live");
  }

  @Test
  void aCatchEventWithoutCorrelationKeyIsRefusedAtDeployment() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("order").startEvent()
        .intermediateCatchEvent("reply").message("reply").endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("zeebe:subscription");
  }
}
