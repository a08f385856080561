package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what in Operate, over real HTTP against the whole app: process owners read and
 * change, the kwartiermaker only reads, everyone else gets 403 — also when they post directly.
 * Changes leave an audit entry; bad input is refused with a message and changes nothing.
 */
class OperateAuthorisationTest {

  private static final String PASSWORD = DemoParticipants.DEMO_PASSWORD;

  @TempDir static Path dataDirectory;

  private static KringloopInstance kringloop;
  private static IncidentProcess process;

  @BeforeAll
  static void start() {
    kringloop = KringloopInstance.startOn(dataDirectory);
    process = new IncidentProcess(kringloop);
    process.deploy();
  }

  @AfterAll
  static void stop() {
    if (kringloop != null) {
      kringloop.close();
    }
  }

  @Test
  void municipalityUserCannotOpenOperateNorChangeAVariable() {
    // given
    long instance = process.start("CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);

    // when
    HttpResponse<String> overview = deventer.get("/operate");
    HttpResponse<String> detail = deventer.get("/operate/instanties/" + instance);
    deventer.get("/tasklist");
    HttpResponse<String> change = deventer.post("/operate/instanties/" + instance + "/variabelen",
        Map.of("scope", String.valueOf(instance), "naam", "jaar", "waarde", "\"CE-1999\""));

    // then
    assertThat(overview.statusCode()).isEqualTo(403);
    assertThat(detail.statusCode()).isEqualTo(403);
    assertThat(detail.body()).doesNotContain(IncidentProcess.PROCESS);
    assertThat(change.statusCode()).isEqualTo(403);
    assertThat(process.variables(instance)).containsEntry("jaar", "\"CE-2026\"");
  }

  @Test
  void kwartiermakerReadsOperateButCannotRetryCancelOrEdit() {
    // given
    long instance = process.startWithIncident("CE-2026");
    long incident = process.incidents(instance).get(0).getIncidentKey();
    ConsoleSession kwartiermaker = ConsoleSession.loggedIn(kringloop, "kwartiermaker", PASSWORD);

    // when
    HttpResponse<String> detail = kwartiermaker.get("/operate/instanties/" + instance);
    HttpResponse<String> retry = kwartiermaker.post(
        "/operate/instanties/" + instance + "/incidenten/" + incident + "/opnieuw", Map.of());
    HttpResponse<String> cancel = kwartiermaker.post("/operate/instanties/" + instance + "/annuleren", Map.of());
    HttpResponse<String> edit = kwartiermaker.post("/operate/instanties/" + instance + "/variabelen",
        Map.of("scope", String.valueOf(instance), "naam", "jaar", "waarde", "\"CE-1999\""));

    // then
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains(IncidentProcess.ERROR).doesNotContain("kl-retry").doesNotContain("kl-edit")
        .doesNotContain("id=\"annuleren\"");
    assertThat(retry.statusCode()).isEqualTo(403);
    assertThat(cancel.statusCode()).isEqualTo(403);
    assertThat(edit.statusCode()).isEqualTo(403);
    assertThat(process.incidents(instance)).allSatisfy(i -> assertThat(i.getState().name()).isEqualTo("ACTIVE"));
    assertThat(process.variables(instance)).containsEntry("jaar", "\"CE-2026\"");
  }

  @Test
  void processOwnerChangesAVariableAndTheAuditLogRecordsOldAndNewValue() {
    // given
    long instance = process.start("CE-2026");
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", PASSWORD);
    owner.get("/operate/instanties/" + instance);

    // when
    HttpResponse<String> change = owner.post("/operate/instanties/" + instance + "/variabelen",
        Map.of("scope", String.valueOf(instance), "naam", "rapportSoort", "waarde", "\"jaarverslag\""));
    HttpResponse<String> detail = owner.get("/operate/instanties/" + instance);

    // then
    assertThat(change.statusCode()).isEqualTo(302);
    assertThat(process.variables(instance)).containsEntry("rapportSoort", "\"jaarverslag\"");
    assertThat(detail.body()).contains("De variabele is opgeslagen.").contains("data-action=\"VARIABELE_GEWIJZIGD\"");
    assertThat(kringloop.jdbc().sql("select old_value, new_value, username from domain.operate_audit"
            + " where process_instance_key = ? and action = 'VARIABELE_GEWIJZIGD'")
        .param(instance).query().singleRow())
        .containsEntry("old_value", "\"voortgang\"")
        .containsEntry("new_value", "\"jaarverslag\"")
        .containsEntry("username", "procesbeheer");
  }

  @Test
  void variableValueThatIsNotJsonIsRefusedWithAMessageAndChangesNothing() {
    // given
    long instance = process.start("CE-2026");
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", PASSWORD);
    owner.get("/operate/instanties/" + instance);

    // when
    owner.post("/operate/instanties/" + instance + "/variabelen",
        Map.of("scope", String.valueOf(instance), "naam", "rapportSoort", "waarde", "{niet: json"));
    HttpResponse<String> detail = owner.get("/operate/instanties/" + instance);

    // then
    assertThat(detail.body()).contains("De waarde is geen geldige JSON.");
    assertThat(process.variables(instance)).containsEntry("rapportSoort", "\"voortgang\"");
    assertThat(kringloop.jdbc().sql("select count(*) from domain.operate_audit where process_instance_key = ?")
        .param(instance).query(Long.class).single()).isZero();
  }

  @Test
  void aFinishedInstanceOfADeletedDefinitionStillOpensWithoutItsDiagram() {
    // given: a process that ran once and whose definition was then deleted
    CamundaClient camunda = kringloop.context().getBean(CamundaClient.class);
    String processId = "test-operate-verwijderd";
    long definitionKey = camunda.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(processId)
        .name("Verwijderd proces").startEvent().endEvent().done(), processId + ".bpmn").send().join()
        .getProcesses().get(0).getProcessDefinitionKey();
    long instance = camunda.newCreateInstanceCommand().processDefinitionKey(definitionKey)
        .withResult().send().join().getProcessInstanceKey();
    camunda.newDeleteResourceCommand(definitionKey).send().join();
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", PASSWORD);

    // when
    HttpResponse<String> detail = owner.get("/operate/instanties/" + instance);
    HttpResponse<String> list = owner.get("/operate/instanties?status=afgerond");

    // then
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains(processId);
    assertThat(list.statusCode()).isEqualTo(200);
  }

  @Test
  void theInstancePageShowsWhatADecisionSawAndWhichRuleMatched() {
    // given: a business rule task grading a score of 4
    CamundaClient camunda = kringloop.context().getBean(CamundaClient.class);
    camunda.newDeployResourceCommand().addResourceString("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="operate-score" name="Score" namespace="https://kringloop.test">
          <decision id="operate-score-indelen" name="Score indelen">
            <decisionTable id="operate-score-table" hitPolicy="FIRST">
              <input id="operate-score-in" label="Score"><inputExpression id="operate-score-expr" typeRef="number"><text>score</text></inputExpression></input>
              <output id="operate-score-out" name="niveau" typeRef="string" />
              <rule id="operate-laag"><inputEntry id="operate-laag-i"><text>&lt; 3</text></inputEntry><outputEntry id="operate-laag-o"><text>"laag"</text></outputEntry></rule>
              <rule id="operate-hoog"><inputEntry id="operate-hoog-i"><text>&gt;= 3</text></inputEntry><outputEntry id="operate-hoog-o"><text>"hoog"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """, java.nio.charset.StandardCharsets.UTF_8, "operate-score.dmn").send().join();
    String processId = "test-operate-beslissing";
    camunda.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(processId).startEvent()
        .businessRuleTask("indelen", t -> t.name("Score indelen").zeebeCalledDecisionId("operate-score-indelen")
            .zeebeResultVariable("niveau"))
        .userTask("bekijken").zeebeUserTask().endEvent().done(), processId + ".bpmn").send().join();
    long instance = camunda.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("score", 4)).send().join().getProcessInstanceKey();
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", PASSWORD);

    // when
    HttpResponse<String> detail = owner.get("/operate/instanties/" + instance);

    // then
    assertThat(detail.statusCode()).isEqualTo(200);
    String decisions = detail.body().substring(detail.body().indexOf("id=\"beslissingen\""));
    assertThat(decisions).contains("Score indelen").contains("Score = 4").contains("regel 2: niveau = &quot;hoog&quot;")
        .contains("&quot;hoog&quot;");
  }

  @Test
  void processOwnerCancelsAnInstanceAfterConfirmingAndTheCancellationIsAudited() {
    // given
    long instance = process.start("CE-2026");
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", PASSWORD);

    // when
    HttpResponse<String> confirmation = owner.get("/operate/instanties/" + instance + "/annuleren");
    HttpResponse<String> cancel = owner.post("/operate/instanties/" + instance + "/annuleren", Map.of());

    // then
    assertThat(confirmation.body()).contains("id=\"bevestig-annuleren\"");
    assertThat(cancel.statusCode()).isEqualTo(302);
    assertThat(process.state(instance).name()).isEqualTo("TERMINATED");
    assertThat(kringloop.jdbc().sql("select username from domain.operate_audit"
            + " where process_instance_key = ? and action = 'INSTANTIE_GEANNULEERD'")
        .param(instance).query(String.class).single()).isEqualTo("procesbeheer");
  }

  @Test
  void retryingAnIncidentThatIsAlreadyResolvedTellsWhyAndAuditsNothing() {
    // given
    long instance = process.startWithIncident("CE-2026");
    var open = process.incidents(instance).get(0);
    long incident = open.getIncidentKey();
    process.resolve(open);
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", PASSWORD);
    owner.get("/operate/instanties/" + instance);

    // when
    HttpResponse<String> retry = owner.post(
        "/operate/instanties/" + instance + "/incidenten/" + incident + "/opnieuw", Map.of());
    HttpResponse<String> detail = owner.get("/operate/instanties/" + instance);

    // then
    assertThat(retry.statusCode()).isEqualTo(302);
    assertThat(detail.body()).contains("id=\"mislukt\"").contains("is RESOLVED, not ACTIVE");
    assertThat(kringloop.jdbc().sql("select count(*) from domain.operate_audit where process_instance_key = ?")
        .param(instance).query(Long.class).single()).isZero();
  }

  @Test
  void tamperedOrUnknownKeysAnswerNotFound() {
    // given
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", PASSWORD);

    // when
    HttpResponse<String> tampered = owner.get("/operate/instanties/abc");
    HttpResponse<String> unknown = owner.get("/operate/instanties/999999999999");
    HttpResponse<String> unknownDefinition = owner.get("/operate/processen/999999999999");

    // then
    assertThat(tampered.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknownDefinition.statusCode()).isEqualTo(404);
  }

  @Test
  void anonymousVisitorIsSentToTheLogin() {
    // when
    HttpResponse<String> response = ConsoleSession.anonymous(kringloop).get("/operate");

    // then
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
  }
}
