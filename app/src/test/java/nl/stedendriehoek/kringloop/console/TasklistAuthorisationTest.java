package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.UserTaskState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.document.Document;
import nl.stedendriehoek.kringloop.workers.document.DocumentService;
import nl.stedendriehoek.kringloop.workers.year.YearRegistration;
import nl.stedendriehoek.kringloop.workers.year.YearService;
import nl.stedendriehoek.kringloop.workers.notification.NotificationKind;
import nl.stedendriehoek.kringloop.workers.notification.NotificationService;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;
import nl.stedendriehoek.kringloop.workers.participant.Participant;
import nl.stedendriehoek.kringloop.workers.participant.ParticipantRepository;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The Tasklist's authorisation rules and bad input over real HTTP, against the whole app: the
 * engine, its gateway and the console, with the demo participants.
 */
class TasklistAuthorisationTest {

  private static final String PASSWORD = DemoParticipants.DEMO_PASSWORD;

  @TempDir static Path dataDirectory;

  private static KringloopInstance kringloop;
  private static TestProcesses processes;

  @BeforeAll
  static void start() {
    kringloop = KringloopInstance.startOn(dataDirectory);
    processes = new TestProcesses(kringloop);
    processes.deploy("test-scan-deventer", "Themascan Deventer (test)", "Themascan invullen", "gemeente-deventer",
        "2099-01-01T00:00:00Z");
    processes.deploy("test-scan-zutphen", "Themascan Zutphen (test)", "Themascan invullen", "gemeente-zutphen",
        "2099-01-01T00:00:00Z");
    ParticipantRepository participants = kringloop.context().getBean(ParticipantRepository.class);
    PasswordEncoder encoder = kringloop.context().getBean(PasswordEncoder.class);
    participants.save(new Participant("deventer2", "Tweede ambtenaar Deventer", "deventer2@test.example",
        "deventer", encoder.encode(PASSWORD), Set.of("gemeente-deventer")));
  }

  @AfterAll
  static void stop() {
    if (kringloop != null) {
      kringloop.close();
    }
  }

  @Test
  void userSeesTheTasksOfTheirOwnGroupButNotThoseOfAnotherMunicipality() {
    // given
    long deventerTask = processes.start("test-scan-deventer", "CE-2026");
    long zutphenTask = processes.start("test-scan-zutphen", "CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);

    // when
    HttpResponse<String> inbox = deventer.get("/tasklist?filter=alle");

    // then
    assertThat(inbox.statusCode()).isEqualTo(200);
    assertThat(inbox.body())
        .contains("data-task-key=\"" + deventerTask + "\"")
        .doesNotContain("data-task-key=\"" + zutphenTask + "\"");
  }

  @Test
  void openingAnotherMunicipalitysTaskByUrlAnswersNotFound() {
    // given
    long deventerTask = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession zutphen = ConsoleSession.loggedIn(kringloop, "zutphen", PASSWORD);

    // when
    HttpResponse<String> page = zutphen.get("/tasklist/" + deventerTask);

    // then
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Themascan Deventer");
  }

  @Test
  void claimingOrCompletingAnotherMunicipalitysTaskIsRefusedAndChangesNothing() {
    // given
    long deventerTask = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession zutphen = ConsoleSession.loggedIn(kringloop, "zutphen", PASSWORD);
    zutphen.get("/tasklist");

    // when
    HttpResponse<String> claim = zutphen.post("/tasklist/" + deventerTask + "/claim", Map.of());
    HttpResponse<String> complete =
        zutphen.post("/tasklist/" + deventerTask + "/afronden", Map.of("variables", "{\"relevantie\": 5}"));

    // then
    assertThat(claim.statusCode()).isEqualTo(404);
    assertThat(complete.statusCode()).isEqualTo(404);
    assertThat(processes.task(deventerTask).getAssignee()).isNull();
    assertThat(processes.state(deventerTask)).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void aTaskShowsTheDocumentsOfItsYearAndAParticipantCanOpenThem() {
    // given
    String year = "CE-2091";
    kringloop.context().getBean(YearService.class).register(new YearRegistration(year, List.of("deventer"),
        LocalDate.of(2091, 3, 1), LocalDate.of(2091, 3, 31), LocalDate.of(2091, 12, 31), "maandelijks"));
    Document report = kringloop.context().getBean(DocumentService.class).scanReport(-2091L, year, List.of());
    long task = processes.start("test-scan-deventer", year);
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);

    // when
    HttpResponse<String> page = deventer.get("/tasklist/" + task);
    HttpResponse<String> pdf = deventer.get("/documenten/" + report.id());

    // then
    assertThat(page.body()).contains("href=\"/documenten/" + report.id() + "\"", report.title());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        disposition -> assertThat(disposition).contains(report.fileName()));
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void documentsAreForLoggedInParticipantsAndUnknownOnesAnswerNotFound() {
    // given
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    ConsoleSession anonymous = ConsoleSession.anonymous(kringloop);

    // when / then
    assertThat(deventer.get("/documenten/987654321").statusCode()).isEqualTo(404);
    assertThat(deventer.get("/documenten/abc").statusCode()).isEqualTo(404);
    HttpResponse<String> unauthenticated = anonymous.get("/documenten/1");
    assertThat(unauthenticated.statusCode()).isEqualTo(302);
    assertThat(unauthenticated.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login"));
  }

  @Test
  void tamperedTaskKeysAnswerNotFound() {
    // given
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);

    // when / then
    for (String key : new String[] {"abc", "-1", "0", "9007199254740993", "1%27%20OR%201=1"}) {
      assertThat(deventer.get("/tasklist/" + key).statusCode()).as("GET /tasklist/%s", key).isEqualTo(404);
    }
  }

  @Test
  void completingWithoutARequiredFieldIsRefusedAndTheTaskStaysOpen() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    deventer.get("/tasklist/" + task);

    // when
    HttpResponse<String> response =
        deventer.post("/tasklist/" + task + "/afronden", Map.of("variables", "{\"toelichting\": \"zonder score\"}"));

    // then
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("Relevantie (1-5)");
    assertThat(processes.state(task)).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void variablesThatAreNotAJsonObjectAreRefusedAndTheTaskStaysOpen() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    deventer.get("/tasklist/" + task);

    // when
    HttpResponse<String> response = deventer.post("/tasklist/" + task + "/afronden", Map.of("variables", "[1, 2"));

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(processes.state(task)).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void completingSubmitsTheFormFieldsAsVariablesAndDropsAnythingElse() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    deventer.get("/tasklist/" + task);

    // when
    HttpResponse<String> response = deventer.post("/tasklist/" + task + "/afronden",
        Map.of("variables", "{\"relevantie\": 4, \"toelichting\": \"belangrijk\", \"besluit\": \"goedgekeurd\"}"));

    // then
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(processes.state(task)).isEqualTo(UserTaskState.COMPLETED);
    assertThat(processes.task(task).getAssignee()).isEqualTo("deventer");
    Map<String, String> variables = processes.processVariables(task);
    assertThat(variables).containsEntry("relevantie", "4").containsEntry("toelichting", "\"belangrijk\"");
    assertThat(variables).doesNotContainKey("besluit");
  }

  @Test
  void aTaskClaimedByAColleagueCanBeViewedButNotCompleted() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession colleague = ConsoleSession.loggedIn(kringloop, "deventer2", PASSWORD);
    colleague.get("/tasklist/" + task);
    colleague.post("/tasklist/" + task + "/claim", Map.of());
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);

    // when
    HttpResponse<String> page = deventer.get("/tasklist/" + task);
    HttpResponse<String> complete =
        deventer.post("/tasklist/" + task + "/afronden", Map.of("variables", "{\"relevantie\": 2}"));

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("opgepakt door deventer2");
    assertThat(complete.statusCode()).isEqualTo(403);
    assertThat(processes.task(task).getAssignee()).isEqualTo("deventer2");
    assertThat(processes.state(task)).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void aSavedDraftPrefillsTheFormForItsAuthorOnly() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    deventer.get("/tasklist/" + task);

    // when
    HttpResponse<String> saved = deventer.post("/tasklist/" + task + "/concept",
        Map.of("variables", "{\"toelichting\": \"half af\"}"));

    // then
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(deventer.get("/tasklist/" + task).body()).contains("half af");
    ConsoleSession colleague = ConsoleSession.loggedIn(kringloop, "deventer2", PASSWORD);
    assertThat(colleague.get("/tasklist/" + task).body()).doesNotContain("half af");
    assertThat(processes.state(task)).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void anExpiredSessionIsSentBackToTheLoginPage() throws Exception {
    // given
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    assertThat(deventer.get("/tasklist").statusCode()).isEqualTo(200);

    // when
    tomcatSession(deventer.sessionId()).expire();
    HttpResponse<String> afterExpiry = deventer.get("/tasklist");

    // then
    assertThat(afterExpiry.statusCode()).isEqualTo(302);
    assertThat(afterExpiry.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login?verlopen"));
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPageButPublicPagesAreOpen() {
    // given
    ConsoleSession anonymous = ConsoleSession.anonymous(kringloop);

    // when
    HttpResponse<String> inbox = anonymous.get("/tasklist");
    HttpResponse<String> statement = anonymous.get("/toegankelijkheid");
    HttpResponse<String> login = anonymous.get("/login");

    // then
    assertThat(inbox.statusCode()).isEqualTo(302);
    assertThat(inbox.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(statement.statusCode()).isEqualTo(200);
    assertThat(statement.body()).contains("Toegankelijkheidsverklaring");
    assertThat(login.body()).contains("Gebruikersnaam").contains("Wachtwoord");
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe"));
  }

  @Test
  void theEngineApiStaysOpenToLoopbackClientsWithoutLoginOrCsrfToken() {
    // given
    ConsoleSession anonymous = ConsoleSession.anonymous(kringloop);

    // when
    HttpResponse<String> search = anonymous.postJson("/v2/user-tasks/search", "{}");

    // then
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("\"items\"");
  }

  @Test
  void aPostWithoutCsrfTokenIsRefused() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    deventer.get("/tasklist/" + task);

    // when
    HttpResponse<String> claim = deventer.postRaw("/tasklist/" + task + "/claim", Map.of());

    // then
    assertThat(claim.statusCode()).isEqualTo(403);
    assertThat(processes.task(task).getAssignee()).isNull();
  }

  @Test
  void aWrongPasswordIsRefused() {
    // given
    ConsoleSession session = ConsoleSession.anonymous(kringloop);

    // when
    HttpResponse<String> login = session.login("deventer", "geraden");

    // then
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?fout"));
    assertThat(session.get("/tasklist").statusCode()).isEqualTo(302);
  }

  @Test
  void messagesPageShowsTheOutboxMessagesOfTheUsersGroupsOnly() {
    // given
    NotificationService outbox = kringloop.context().getBean(NotificationService.class);
    outbox.enqueue(new NotificationService.Message(
        4711L, NotificationKind.NIEUWE_TAAK, null, List.of("gemeente-deventer"), "Themascan Deventer klaar", null));
    outbox.enqueue(new NotificationService.Message(
        4712L, NotificationKind.NIEUWE_TAAK, null, List.of("gemeente-zutphen"), "Themascan Zutphen klaar", null));
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);

    // when
    HttpResponse<String> messages = deventer.get("/berichten");

    // then
    assertThat(messages.statusCode()).isEqualTo(200);
    assertThat(messages.body()).contains("Themascan Deventer klaar").doesNotContain("Themascan Zutphen klaar");
  }

  @Test
  void aLongInboxIsPagedKeepingItsFilterAndSort() {
    // given: more open tasks for Epe than fit on one page (20)
    processes.deploy("test-scan-epe", "Themascan Epe (test)", "Themascan invullen", "gemeente-epe",
        "2099-01-01T00:00:00Z");
    for (int i = 0; i < 21; i++) {
      processes.start("test-scan-epe", "CE-2026");
    }
    ConsoleSession epe = ConsoleSession.loggedIn(kringloop, "epe", PASSWORD);

    // when
    HttpResponse<String> first = epe.get("/tasklist?filter=alle&sorteer=deadline");
    HttpResponse<String> second = epe.get("/tasklist?filter=alle&sorteer=deadline&pagina=2");

    // then
    assertThat(first.body()).contains("Pagina 1 van 2").contains("rel=\"next\"")
        .contains("href=\"/tasklist?filter=alle&amp;sorteer=deadline&amp;zoek=&amp;pagina=2\"").doesNotContain("rel=\"prev\"");
    assertThat(second.body()).contains("Pagina 2 van 2").contains("rel=\"prev\"")
        .contains("href=\"/tasklist?filter=alle&amp;sorteer=deadline&amp;zoek=&amp;pagina=1\"").doesNotContain("rel=\"next\"");
  }

  @Test
  void kwartiermakerStartsAProcessAndItsFirstTaskAppears() {
    // given
    long definition = processes.deploy("test-jaar-starten", "Jaar starten (test)", "Startgegevens controleren",
        "kwartiermaker", "2099-01-01T00:00:00Z");
    int before = processes.openTasksOf("kwartiermaker").size();
    ConsoleSession kwartiermaker = ConsoleSession.loggedIn(kringloop, "kwartiermaker", PASSWORD);
    HttpResponse<String> list = kwartiermaker.get("/processen");

    // when
    kwartiermaker.get("/processen/" + definition);
    HttpResponse<String> started = kwartiermaker.post("/processen/" + definition, Map.of("variables", "{}"));

    // then
    assertThat(list.body()).contains("href=\"/processen/" + definition + "\"");
    assertThat(started.statusCode()).isEqualTo(302);
    assertThat(processes.openTasksOf("kwartiermaker")).hasSize(before + 1);
  }

  @Test
  void aMunicipalityUserMayNotStartProcesses() {
    // given
    long definition = processes.deploy("test-jaar-starten-2", "Jaar starten (test 2)", "Startgegevens controleren",
        "kwartiermaker", "2099-01-01T00:00:00Z");
    int before = processes.openTasksOf("kwartiermaker").size();
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", PASSWORD);
    deventer.get("/tasklist");

    // when
    HttpResponse<String> list = deventer.get("/processen");
    HttpResponse<String> start = deventer.post("/processen/" + definition, Map.of("variables", "{}"));

    // then
    assertThat(list.statusCode()).isEqualTo(403);
    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(processes.openTasksOf("kwartiermaker")).hasSize(before);
  }

  @Test
  void emailPreferencesAreKeptPerUser() {
    // given
    ConsoleSession voorst = ConsoleSession.loggedIn(kringloop, "voorst", PASSWORD);
    String before = voorst.get("/berichten").body();

    // when
    HttpResponse<String> saved = voorst.post("/berichten/voorkeuren", Map.of("email", "NIEUWE_TAAK"));

    // then
    assertThat(before).containsPattern("id=\"email-HERINNERING\"[^>]*checked");
    assertThat(saved.statusCode()).isEqualTo(302);
    String after = voorst.get("/berichten").body();
    assertThat(after).containsPattern("id=\"email-NIEUWE_TAAK\"[^>]*checked");
    assertThat(after).doesNotContainPattern("id=\"email-HERINNERING\"[^>]*checked");
    String otherUser = ConsoleSession.loggedIn(kringloop, "epe", PASSWORD).get("/berichten").body();
    assertThat(otherUser).containsPattern("id=\"email-HERINNERING\"[^>]*checked");
  }

  private static Session tomcatSession(String id) throws Exception {
    TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) kringloop.context()).getWebServer();
    Context context = (Context) server.getTomcat().getHost().findChildren()[0];
    return context.getManager().findSession(id);
  }
}
