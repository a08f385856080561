package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.CorrelateMessageResponse;
import io.camunda.client.api.response.PublishMessageResponse;
import io.camunda.client.api.search.enums.MessageSubscriptionState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.MessageSubscription;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Publishing and correlating messages through the real client, over REST and gRPC. */
class MessageTest {

  private static BpmnModelInstance waitingFor(String processId, String messageName) {
    return Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("reply").message(m -> m.name(messageName).zeebeCorrelationKeyExpression("caseId"))
        .endEvent().done();
  }

  private static long startWaiting(CamundaClient client, String processId, String caseId) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("caseId", caseId)).send().join().getProcessInstanceKey();
  }

  private static ProcessInstanceState stateOf(CamundaClient client, long instance) {
    return client.newProcessInstanceGetRequest(instance).send().join().getState();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldCorrelateAPublishedMessageWithItsVariables(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String processId = Processes.uniqueId("message");
    Processes.deploy(client, processId, waitingFor(processId, processId + "-reply"));
    long instance = startWaiting(client, processId, "c-1");

    // when
    PublishMessageResponse published = client.newPublishMessageCommand().messageName(processId + "-reply")
        .correlationKey("c-1").variables(Map.of("answer", "yes")).send().join();

    // then
    assertThat(published.getMessageKey()).isPositive();
    assertThat(stateOf(client, instance)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("answer"))
        .send().join().items()).singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("\"yes\""));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldBufferAMessageForItsTimeToLiveAndRefuseTheSameMessageIdMeanwhile(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String processId = Processes.uniqueId("buffered");
    Processes.deploy(client, processId, waitingFor(processId, processId + "-reply"));
    client.newPublishMessageCommand().messageName(processId + "-reply").correlationKey("c-1")
        .timeToLive(Duration.ofMinutes(5)).messageId("m-1").send().join();

    // when
    Throwable duplicate = catchThrowable(() -> client.newPublishMessageCommand().messageName(processId + "-reply")
        .correlationKey("c-1").timeToLive(Duration.ofMinutes(5)).messageId("m-1").send().join());
    long instance = startWaiting(client, processId, "c-1");

    // then
    assertThat(stateOf(client, instance)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertAlreadyExists(duplicate);
    assertThat(Failure.detail(duplicate)).contains("id 'm-1'", "still buffered");
  }

  private static void assertAlreadyExists(Throwable thrown) {
    if (thrown instanceof ProblemException problem) {
      assertThat(problem.code()).isEqualTo(409);
      assertThat(problem.details().getTitle()).isEqualTo("ALREADY_EXISTS");
    } else {
      assertThat(thrown).isInstanceOf(ClientStatusException.class);
      assertThat(((ClientStatusException) thrown).getStatusCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    }
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRefuseAMessageWithoutName(Transport transport) {
    // when
    Throwable thrown = catchThrowable(() -> transport.client().newPublishMessageCommand().messageName("")
        .correlationKey("c-1").send().join());

    // then
    assertThat(Failure.of(thrown)).isEqualTo(Failure.INVALID_ARGUMENT);
    assertThat(Failure.detail(thrown)).contains("message name");
  }

  @Test
  void shouldCorrelateAMessageAndAnswerWithTheInstanceOrNotFound() {
    // given
    CamundaClient client = Transport.REST.client();
    String processId = Processes.uniqueId("correlate");
    Processes.deploy(client, processId, waitingFor(processId, processId + "-reply"));
    long instance = startWaiting(client, processId, "c-9");

    // when
    CorrelateMessageResponse correlated = client.newCorrelateMessageCommand().messageName(processId + "-reply")
        .correlationKey("c-9").send().join();
    Throwable nothingWaits = catchThrowable(() -> client.newCorrelateMessageCommand()
        .messageName(processId + "-reply").correlationKey("c-9").send().join());

    // then
    assertThat(correlated.getProcessInstanceKey()).isEqualTo(instance);
    assertThat(correlated.getMessageKey()).isPositive();
    assertThat(Failure.of(nothingWaits)).isEqualTo(Failure.NOT_FOUND);
    assertThat(Failure.detail(nothingWaits)).contains("correlation key 'c-9'");
  }

  @Test
  void shouldListAnInstancesMessageSubscriptionsWithTheirState() {
    // given
    CamundaClient client = Transport.REST.client();
    String processId = Processes.uniqueId("subscriptions");
    Processes.deploy(client, processId, waitingFor(processId, processId + "-reply"));
    long waiting = startWaiting(client, processId, "c-1");
    long answered = startWaiting(client, processId, "c-2");
    client.newPublishMessageCommand().messageName(processId + "-reply").correlationKey("c-2").send().join();

    // when
    var open = client.newMessageSubscriptionSearchRequest().filter(f -> f.processInstanceKey(waiting)).send().join();
    var correlated = client.newMessageSubscriptionSearchRequest()
        .filter(f -> f.processInstanceKey(answered).messageSubscriptionState(MessageSubscriptionState.CORRELATED))
        .send().join();

    // then
    assertThat(open.items()).singleElement().satisfies(s -> {
      assertThat(s.getMessageName()).isEqualTo(processId + "-reply");
      assertThat(s.getCorrelationKey()).isEqualTo("c-1");
      assertThat(s.getElementId()).isEqualTo("reply");
      assertThat(s.getMessageSubscriptionState()).isEqualTo(MessageSubscriptionState.CREATED);
    });
    assertThat(correlated.items()).extracting(MessageSubscription::getProcessInstanceKey).containsExactly(answered);
  }

  @Test
  void shouldListTheMessagesCorrelatedToAnInstance() {
    // given
    CamundaClient client = Transport.REST.client();
    String processId = Processes.uniqueId("correlated");
    Processes.deploy(client, processId, waitingFor(processId, processId + "-reply"));
    long instance = startWaiting(client, processId, "c-5");
    long messageKey = client.newPublishMessageCommand().messageName(processId + "-reply").correlationKey("c-5")
        .send().join().getMessageKey();

    // when
    var correlated = client.newCorrelatedMessageSubscriptionSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).send().join();

    // then
    assertThat(correlated.items()).singleElement().satisfies(c -> {
      assertThat(c.getMessageKey()).isEqualTo(messageKey);
      assertThat(c.getMessageName()).isEqualTo(processId + "-reply");
      assertThat(c.getCorrelationKey()).isEqualTo("c-5");
      assertThat(c.getElementId()).isEqualTo("reply");
      assertThat(c.getProcessDefinitionId()).isEqualTo(processId);
    });
  }
}
