package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the engine cannot do yet is refused clearly (501 / UNIMPLEMENTED), never half-done. */
class UnsupportedCommandsTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRefuseMessagesAndSignalsAsNotImplemented(Transport transport) {
    // given
    var client = transport.client();

    // when
    Throwable message = catchThrowable(() -> client.newPublishMessageCommand().messageName("paid")
        .correlationKey("K-1").send().join());
    Throwable signal = catchThrowable(() -> client.newBroadcastSignalCommand().signalName("stop").send().join());

    // then
    assertThat(Failure.of(message)).isEqualTo(Failure.UNIMPLEMENTED);
    assertThat(Failure.detail(message)).contains("not supported by Kringloop");
    assertThat(Failure.of(signal)).isEqualTo(Failure.UNIMPLEMENTED);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRefuseModificationMigrationAndResourceDeletionAsNotImplemented(Transport transport) {
    // given
    var client = transport.client();

    // when
    Throwable modify = catchThrowable(() -> client.newModifyProcessInstanceCommand(1L).terminateElement(2L).send()
        .join());
    Throwable delete = catchThrowable(() -> client.newDeleteResourceCommand(1L).send().join());

    // then
    assertThat(Failure.of(modify)).isEqualTo(Failure.UNIMPLEMENTED);
    assertThat(Failure.of(delete)).isEqualTo(Failure.UNIMPLEMENTED);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldAnswerMessageSubscriptionSearchWithNoItems(Transport transport) {
    // when
    var subscriptions = transport.client().newMessageSubscriptionSearchRequest()
        .filter(f -> f.messageName("paid")).send().join();

    // then
    assertThat(subscriptions.items()).isEmpty();
  }
}
