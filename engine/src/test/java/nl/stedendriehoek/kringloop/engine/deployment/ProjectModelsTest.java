package nl.stedendriehoek.kringloop.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * The project's own models ({@code processes/} at the repository root, next to this module) are
 * the yardstick of what the engine must run: everything they use is supported, so they deploy.
 */
class ProjectModelsTest extends EngineTest {

  private static final Path PROCESSES = Path.of("..", "processes");

  private static Resource file(String name) throws IOException {
    return new Resource(name, Files.readAllBytes(PROCESSES.resolve(name)));
  }

  @Test
  void kwartiermakerModelsDeploy() throws IOException {
    // given
    List<Resource> resources = List.of(
        file("kwartiermaker-jaar.bpmn"), file("thema-scan.bpmn"), file("thema-classificatie.dmn"));

    // when
    DeploymentResult result = service.deploy(resources);

    // then
    assertThat(result.processes()).extracting(DeploymentResult.ProcessMetadata::bpmnProcessId)
        .containsExactlyInAnyOrder("kwartiermaker-jaar", "thema-scan");
    assertThat(result.decisionRequirements()).extracting(DeploymentResult.DecisionRequirementsMetadata::dmnDecisionRequirementsId)
        .containsExactly("thema-classificatie-definitions");
  }
}
