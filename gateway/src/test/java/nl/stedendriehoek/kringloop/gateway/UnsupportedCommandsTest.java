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
  void shouldRefuseProcessInstanceMigrationAsNotImplemented(Transport transport) {
    // given
    var client = transport.client();

    // when
    Throwable migrate = catchThrowable(() -> client.newMigrateProcessInstanceCommand(1L).migrationPlan(2L)
        .addMappingInstruction("task", "task").send().join());

    // then
    assertThat(Failure.of(migrate)).isEqualTo(Failure.UNIMPLEMENTED);
  }
}
