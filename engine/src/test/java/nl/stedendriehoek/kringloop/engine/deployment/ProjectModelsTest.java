package nl.stedendriehoek.kringloop.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * The project's own models ({@code processes/} at the repository root, next to this module) are
 * the yardstick of what the engine must run. Until everything they use is supported, this test
 * pins the precise refusal, so the list shrinks visibly as the engine grows.
 */
class ProjectModelsTest extends EngineTest {

  private static final Path PROCESSES = Path.of("..", "processes");

  private static Resource file(String name) throws IOException {
    return new Resource(name, Files.readAllBytes(PROCESSES.resolve(name)));
  }

  private static String notYet(String resource, String elementId, String what) {
    return "'" + resource + "', element '" + elementId + "': " + what
        + " are not supported by the Kringloop engine yet (see docs/bpmn-coverage.md)";
  }

  @Test
  void kwartiermakerModelsAreRefusedOnlyForWhatIsNotSupportedYet() throws IOException {
    // given
    List<Resource> resources = List.of(
        file("kwartiermaker-jaar.bpmn"), file("thema-scan.bpmn"), file("thema-classificatie.dmn"));

    // when
    InvalidArgumentException refusal =
        catchThrowableOfType(InvalidArgumentException.class, () -> service.deploy(resources));

    // then
    assertThat(refusal).isNotNull();
    assertThat(refusal.details()).containsExactlyInAnyOrder(
        notYet("kwartiermaker-jaar.bpmn", "twee-weken-voor-eind-q1", "elements of type 'boundaryEvent'"),
        notYet("kwartiermaker-jaar.bpmn", "eind-q1-verstreken", "elements of type 'boundaryEvent'"),
        notYet("kwartiermaker-jaar.bpmn", "scandeadline-stakeholders", "elements of type 'boundaryEvent'"),
        notYet("thema-scan.bpmn", "herinnering-voor-deadline", "elements of type 'boundaryEvent'"),
        notYet("thema-scan.bpmn", "deadline-verstreken", "elements of type 'boundaryEvent'"));
  }
}
