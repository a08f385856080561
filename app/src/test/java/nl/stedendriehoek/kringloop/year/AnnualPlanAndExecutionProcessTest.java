package nl.stedendriehoek.kringloop.year;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.assertions.ProcessInstanceSelectors.byKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.search.enums.UserTaskState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Part 2 up to the evaluation: the project plans, the AB's decision on the annual plan, and each
 * project's execution (results with evidence, the quarterly report, an early finish, the year end).
 */
class AnnualPlanAndExecutionProcessTest extends YearProcessTest {

  @Test
  void shouldSendTheAnnualPlanBackWithFeedbackThenStartTheProjectsWhenApproved() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearWithAdoptedFocusPoint(year);
    processTestContext.completeUserTask("projectplan-opstellen", YearForms.projectPlan(today()));
    assertThat(instance).hasCompletedElements("jaarplan-opstellen", "jaarplanoverleg-plannen")
        .hasActiveElements("besluit-ab-jaarplan").hasVariable("jaarplanRonde", 1);
    // the AB's meeting about it has started: agenda items are being collected
    assertThat(byKey(YearMeetings.about(client, "Jaarplan " + year + " ronde 1"))).isActive()
        .hasVariable("overlegOnderwerp", "Jaarplan " + year + " ronde 1").hasVariable("overlegSoort", "bestuurlijk")
        .hasVariable("deelnemersGroepen", List.of("ab", "bestuurders", "kwartiermaker"))
        .hasActiveElements("agendapunt-aandragen");

    // when
    processTestContext.completeUserTask("besluit-ab-jaarplan",
        YearForms.decision("afgewezen", "Maak het budget per gemeente zichtbaar.", null, "ab"));

    // then: back to the project plan with the feedback
    assertThat(instance).hasActiveElements("projectplan-opstellen")
        .hasVariable("besluitMotivering", "Maak het budget per gemeente zichtbaar.");

    // when
    processTestContext.completeUserTask("projectplan-opstellen", YearForms.projectPlan(today()));
    processTestContext.completeUserTask("besluit-ab-jaarplan", YearForms.decision("goedgekeurd", "Akkoord.", null,
        "ab"));

    // then
    assertThat(instance).hasVariable("jaarplanRonde", 2).hasCompletedElements("uitvoering-starten")
        .hasActiveElements("projecten-uitvoeren");
    assertThat(YearRegister.decisions(KRINGLOOP, year)).containsExactly("FOCUSPUNTEN 1 GOEDGEKEURD ab",
        "JAARPLAN 1 AFGEWEZEN ab", "JAARPLAN 2 GOEDGEKEURD ab");
    assertThat(YearRegister.documents(KRINGLOOP, year)).contains("JAARPLAN", "JAARPLAN");
    assertThat(YearRegister.phase(KRINGLOOP, year)).isEqualTo("UITVOERING");
  }

  @Test
  void shouldRouteAnIncompleteProjectPlanBackWithTheReasons() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearWithAdoptedFocusPoint(year);
    Map<String, Object> incomplete = new java.util.HashMap<>(YearForms.projectPlan(today()));
    incomplete.put("projectResultaten", List.of());
    incomplete.put("projectDeelnemers", List.of("zutphen"));

    // when
    processTestContext.completeUserTask("projectplan-opstellen", incomplete);

    // then
    assertThat(instance).hasCompletedElements("projectplan-vastleggen").hasActiveElements("projectplan-opstellen")
        .hasNotActivatedElements("jaarplan-opstellen");
    assertThat(openTaskVariable("projectplan-opstellen", "projectplanFouten")).contains(
        "Plan minstens één concreet resultaat met een datum.",
        "De trekkende gemeente (deventer) moet aan het project deelnemen.");
  }

  @Test
  void shouldFinishAProjectEarlyWhenAllItsResultsAreDelivered() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearInExecution(year);
    long project = projectInstance();

    // when: one result with a link that is not a web address, then properly, then the second
    processTestContext.completeUserTask("resultaat-opleveren",
        Map.of("bewijs", "Aanbesteding gepubliceerd.", "bewijsLink", "ftp://intranet/aanbesteding"));
    assertThat(byKey(project)).hasCompletedElements("resultaat-vastleggen");
    assertThat(openTaskVariable("resultaat-opleveren", "resultaatFouten"))
        .contains("De link naar het document moet met http:// of https:// beginnen.");
    assertThat(YearRegister.results(KRINGLOOP, year)).containsOnly("OPEN null");
    deliverAllResults();

    // then: the project ends before the year does, and the evaluation starts
    assertThat(byKey(project)).isCompleted().hasCompletedElements("project-afgerond")
        .hasNotActivatedElements("jaareinde-bereikt").hasVariable("projectStatus", "AFGEROND");
    assertThat(instance).hasCompletedElements("projecten-uitvoeren", "evaluatierapport-opstellen")
        .hasActiveElements("standpunt-innemen");
    assertThat(YearRegister.results(KRINGLOOP, year)).containsOnly("GELEVERD deventer");
  }

  @Test
  void shouldAskForQuarterlyProgressAndEndTheProjectAtTheYearEnd() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearInExecution(year);
    long project = projectInstance();
    processTestContext.completeUserTask("resultaat-opleveren",
        Map.of("bewijs", "Eerste resultaat geleverd.", "voltooidDoor", "deventer"));

    // when: a quarter passes
    processTestContext.increaseTime(Duration.ofDays(95));

    // then
    assertThat(byKey(project)).hasActiveElements("voortgang-rapporteren", "resultaten-opleveren");
    processTestContext.completeUserTask("voortgang-rapporteren",
        Map.of("voortgangStatus", "risico", "voortgang", "Tweede resultaat loopt vertraging op."));
    assertThat(byKey(project)).hasCompletedElements("voortgang-vastleggen");
    // the report is also a PDF among the year's documents
    assertThat(YearRegister.documents(KRINGLOOP, year)).contains("VOORTGANGSRAPPORTAGE");
    assertThat(YearRegister.documentText(KRINGLOOP, year, "VOORTGANGSRAPPORTAGE"))
        .contains("Voortgangsrapportage Circulaire schoolgebouwen").contains("Stand van zaken: risico")
        .contains("Tweede resultaat loopt vertraging op.").contains("1 van 2 resultaten geleverd")
        .contains("Eerste resultaat geleverd.");

    // when: the year ends with one result still open
    processTestContext.increaseTime(Duration.ofDays(300));
    assertThat(byKey(project)).hasCompletedElements("jaareinde-bereikt");
    completeOpenProgressReports();

    // then
    assertThat(byKey(project)).isCompleted().hasTerminatedElements("resultaten-opleveren")
        .hasVariable("projectStatus", "NIET_VOLLEDIG");
    assertThat(instance).hasActiveElements("standpunt-innemen");
    assertThat(YearRegister.results(KRINGLOOP, year)).containsExactlyInAnyOrder("GELEVERD deventer",
        "NIET_GELEVERD null");
    assertThat(YearRegister.progressReports(KRINGLOOP, year)).contains("RISICO");
  }

  @Test
  void shouldLetTheKwartiermakerHandleABottleneckWhileTheProjectGoesOn() {
    // given
    String year = newYear();
    yearInExecution(year);
    long project = projectInstance();
    String projectId = projectIdOf(project);

    // when: a participant raises a bottleneck for this project
    client.newPublishMessageCommand().messageName("knelpunt").correlationKey(projectId)
        .variables(Map.of("knelpunt", "De aannemer heeft pas in het najaar capaciteit.", "knelpuntGemeldDoor", "deventer"))
        .send().join();

    // then: the kwartiermaker handles it beside the results, which stay open
    assertThat(byKey(project)).isActive().hasActiveElements("knelpunt-afhandelen", "resultaat-opleveren");
    assertThat(openTaskVariable("knelpunt-afhandelen", "knelpunt")).contains("pas in het najaar");

    // when
    processTestContext.completeUserTask("knelpunt-afhandelen",
        Map.of("knelpuntAanpak", "Tweede aannemer gevraagd via Zutphen.", "knelpuntStatus", "opgelost"));

    // then
    assertThat(byKey(project)).isActive().hasCompletedElements("knelpunt-afgehandeld")
        .hasActiveElements("resultaat-opleveren");
  }

  /** The project id the execution correlates its messages with (the variable {@code project.projectId}). */
  private String projectIdOf(long project) {
    String json = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(project).name("project"))
        .withFullValues().send().join().items().get(0).getValue();
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("projectId").asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Variable 'project' is not JSON: " + json, e);
    }
  }

  /** A variable as the open task's form sees it (local to its multi-instance iteration), JSON. */
  private String openTaskVariable(String elementId, String name) {
    return client.newUserTaskSearchRequest().filter(f -> f.elementId(elementId).state(UserTaskState.CREATED))
        .send().join().items().stream()
        .flatMap(task -> client.newUserTaskVariableSearchRequest(task.getUserTaskKey()).withFullValues()
            .filter(f -> f.name(name)).send().join().items().stream())
        .map(variable -> variable.getValue()).filter(value -> value != null && !value.equals("null"))
        .findFirst().orElse("");
  }

  private long projectInstance() {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId("project-uitvoering"))
        .send().join().items().get(0).getProcessInstanceKey();
  }

  private void completeOpenProgressReports() {
    for (var task : client.newUserTaskSearchRequest()
        .filter(f -> f.elementId("voortgang-rapporteren").state(UserTaskState.CREATED)).send().join().items()) {
      client.newCompleteUserTaskCommand(task.getUserTaskKey())
          .variables(Map.of("voortgangStatus", "achter", "voortgang", "Jaareinde bereikt.")).send().join();
    }
  }
}
