package nl.stedendriehoek.kringloop.engine.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * A deleted version can no longer be started: by process id the latest version that is not
 * deleted starts (also for call activities bound to the latest version), by key or version it is
 * not found, and with no version left nothing starts.
 */
class StartingAfterDeletionTest extends EngineTest {

  private static long deployVersion(String endId) {
    return deploy(Bpmn.createExecutableProcess("p").startEvent().serviceTask("work", t -> t.zeebeJobType("work"))
        .endEvent(endId).done()).process("p").processDefinitionKey();
  }

  @Test
  void shouldStartTheLatestVersionThatIsNotDeletedById() {
    // given
    long first = deployVersion("one");
    long second = deployVersion("two");
    service.deleteResource(second, null);

    // when
    var created = service.createProcessInstance(CreateProcessInstance.latest("p", Map.of()));

    // then
    assertThat(created.processDefinitionKey()).isEqualTo(first);
    assertThat(created.version()).isEqualTo(1);
  }

  @Test
  void shouldNotFindADeletedVersionByKeyOrByVersion() {
    // given
    deployVersion("one");
    long second = deployVersion("two");

    // when
    service.deleteResource(second, null);

    // then
    assertThatThrownBy(() -> service.createProcessInstance(CreateProcessInstance.byKey(second, Map.of())))
        .isInstanceOf(NotFoundException.class).hasMessageContaining(String.valueOf(second));
    assertThatThrownBy(() -> service.createProcessInstance(new CreateProcessInstance("p", 2, null, Map.of())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldStartNothingWhenEveryVersionIsDeleted() {
    // given
    long only = deployVersion("one");

    // when
    service.deleteResource(only, null);

    // then
    assertThatThrownBy(() -> start("p")).isInstanceOf(NotFoundException.class).hasMessageContaining("'p'");
  }

  @Test
  void shouldCallTheLatestVersionThatIsNotDeletedFromACallActivity() {
    // given
    long first = deployVersion("one");
    service.deleteResource(deployVersion("two"), null);
    deploy(Bpmn.createExecutableProcess("parent").startEvent().callActivity("call", c -> c.zeebeProcessId("p"))
        .endEvent().done());

    // when
    start("parent");

    // then
    assertThat(activateOne("work").processDefinitionKey()).isEqualTo(first);
  }

  @Test
  void shouldRefuseAnUnknownOrAlreadyDeletedKey() {
    // given
    long only = deployVersion("one");
    service.deleteResource(only, null);

    // when / then
    assertThatThrownBy(() -> service.deleteResource(only, null))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("`" + only + "`");
    assertThatThrownBy(() -> service.deleteResource(42L, null))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("`42`");
  }
}
