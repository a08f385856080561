package nl.stedendriehoek.kringloop.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceFilter;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * The project's own models ({@code processes/} at the repository root, next to this module) are
 * the yardstick of what the engine must run: everything they use is supported, so they deploy,
 * and the year runs into its theme scans (multi-instance call activity with input mappings).
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

  @Test
  void aValidYearStartsOneThemeScanPerMunicipality() throws IOException {
    // given
    service.deploy(List.of(
        file("kwartiermaker-jaar.bpmn"), file("thema-scan.bpmn"), file("thema-classificatie.dmn")));
    long year = start("kwartiermaker-jaar", Map.of(
        "jaar", 2027,
        "gemeenten", List.of("apeldoorn", "deventer"),
        "gemeenteNamen", Map.of("apeldoorn", "Apeldoorn", "deventer", "Deventer"),
        "themas", List.of(),
        "scanDeadlineDatum", "31 januari 2027",
        "scanDeadlineMoment", "2027-01-31T17:00:00+01:00",
        "scanHerinneringMoment", "2027-01-28T09:00:00+01:00"));

    // when
    completeJob("kringloop-jaar-registreren", Map.of("jaarGeldig", true));

    // then
    assertThat(queries.processInstances(new ProcessInstanceFilter("thema-scan", "ACTIVE"))).hasSize(2);
    List<ActivatedJob> invitations = activate("kringloop-notificatie-versturen", 10).stream()
        .filter(job -> job.bpmnProcessId().equals("thema-scan")).toList();
    assertThat(invitations).extracting(job -> job.variables().get("onderwerp"))
        .containsExactlyInAnyOrder("Themascan Apeldoorn invullen", "Themascan Deventer invullen");
    assertThat(activeElements(year)).contains("themascan-per-gemeente");
  }

  @Test
  void theThemeClassificationTableClassifiesEveryThemeAsTheYearDoes() throws IOException {
    // given the real decision, called the way kwartiermaker-jaar's 'themas-classificeren' calls it
    service.deploy(List.of(file("thema-classificatie.dmn")));
    deploy(Bpmn.createExecutableProcess("classify").startEvent()
        .businessRuleTask("themas-classificeren", t -> t
            .zeebeCalledDecisionId("thema-classificatie").zeebeResultVariable("themaClassificatie")
            .zeebeInputExpression("null", "themaClassificatie")
            .multiInstance(m -> m.zeebeInputCollectionExpression("themaScores").zeebeInputElement("themaScore")
                .zeebeOutputCollection("themaClassificaties")
                .zeebeOutputElementExpression("put all(themaScore, themaClassificatie)")))
        .endEvent().done());

    // when
    long instance = start("classify", Map.of("themaScores", List.of(
        Map.of("thema", "textiel", "gemiddeldeRelevantie", 4.2, "aantalTrekkers", 1, "aantalBetrokken", 3),
        Map.of("thema", "bouw", "gemiddeldeRelevantie", 2.0, "aantalTrekkers", 0, "aantalBetrokken", 1))));

    // then
    assertThat(processState(instance)).isEqualTo("COMPLETED");
    assertThat(variables(instance).get("themaClassificaties")).asList()
        .extracting(c -> ((Map<?, ?>) c).get("thema"), c -> ((Map<?, ?>) c).get("classificatie"))
        .containsExactly(tuple("textiel", "focuskandidaat"), tuple("bouw", "niet prioritair"));
  }
}
