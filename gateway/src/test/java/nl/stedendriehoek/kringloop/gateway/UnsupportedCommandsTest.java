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
  void shouldRefuseResourceDeletionAsNotImplemented(Transport transport) {
    // given
    var client = transport.client();

    // when
    Throwable delete = catchThrowable(() -> client.newDeleteResourceCommand(1L).send().join());

    // then
    assertThat(Failure.of(delete)).isEqualTo(Failure.UNIMPLEMENTED);
  }
}
