package nl.stedendriehoek.kringloop.engine.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/** A deleted version's number is never handed out again: the next deployment counts on from it. */
class VersionNumbersAfterDeletionTest extends EngineTest {

  private static Resource form(String label) {
    return new Resource("aanvraag.form", ("""
        {"id": "aanvraag", "type": "default", "components": [{"type": "textfield", "key": "naam", "label": "%s"}]}
        """.formatted(label)).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldGiveTheNextProcessVersionAfterTheDeletedOne() {
    // given
    deploy(Bpmn.createExecutableProcess("p").startEvent().endEvent("one").done());
    long second = deploy(Bpmn.createExecutableProcess("p").startEvent().endEvent("two").done())
        .process("p").processDefinitionKey();
    service.deleteResource(second, null);

    // when
    var third = deploy(Bpmn.createExecutableProcess("p").startEvent().endEvent("three").done()).process("p");

    // then
    assertThat(third.version()).isEqualTo(3);
  }

  @Test
  void shouldDeployTheDeletedContentAgainAsANewVersion() {
    // given
    var model = Bpmn.createExecutableProcess("p").startEvent().endEvent("same").done();
    long first = deploy(model).process("p").processDefinitionKey();
    service.deleteResource(first, null);

    // when
    var again = deploy(model).process("p");

    // then
    assertThat(again.version()).isEqualTo(2);
    assertThat(again.processDefinitionKey()).isNotEqualTo(first);
  }

  @Test
  void shouldGiveTheNextFormVersionAfterTheDeletedOne() {
    // given
    long first = service.deploy(List.of(form("Naam"))).forms().get(0).formKey();
    service.deleteResource(first, null);

    // when
    var next = service.deploy(List.of(form("Naam"))).forms().get(0);

    // then
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.formKey()).isNotEqualTo(first);
  }
}
