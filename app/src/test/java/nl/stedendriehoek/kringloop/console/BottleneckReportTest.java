package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.demo.DemoYear;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A participant raises a bottleneck ("knelpunt") from a task of a running project, in the
 * Tasklist; the project's execution gets it as a message and the kwartiermaker a task to handle
 * it. The projects are those of the demo year, played by the real app up to the execution.
 */
class BottleneckReportTest {

  private static final String PASSWORD = DemoParticipants.DEMO_PASSWORD;

  @TempDir static Path dataDirectory;

  private static KringloopInstance kringloop;
  private static CamundaClient client;

  @BeforeAll
  static void startWithADemoYearInExecution() throws Exception {
    kringloop = KringloopInstance.start(Map.of("kringloop.data-dir", dataDirectory.toString(),
        "kringloop.database.durable", "false", "kringloop.demo-year.enabled", "true",
        "kringloop.demo-year.until", "execution"));
    assertThat(kringloop.context().getBean(DemoYear.class).played().get(3, TimeUnit.MINUTES)).isTrue();
    client = kringloop.context().getBean(CamundaClient.class);
  }

  @AfterAll
  static void stop() {
    if (kringloop != null) {
      kringloop.close();
    }
  }

  @Test
  void aParticipantReportsABottleneckFromAProjectTaskAndTheKwartiermakerGetsATaskForIt() {
    // given: an open result of a project, for its lead municipality
    UserTask result = openTasks("resultaat-opleveren").get(0);
    String municipality = result.getCandidateGroups().stream().filter(g -> g.startsWith("gemeente-")).findFirst()
        .orElseThrow().substring("gemeente-".length());
    ConsoleSession participant = ConsoleSession.loggedIn(kringloop, municipality, PASSWORD);
    assertThat(participant.get("/tasklist/" + result.getUserTaskKey()).body()).contains("id=\"knelpuntformulier\"");

    // when
    HttpResponse<String> report = participant.post("/tasklist/" + result.getUserTaskKey() + "/knelpunt",
        Map.of("knelpunt", "De aannemer heeft pas in het najaar capaciteit."));

    // then
    assertThat(report.statusCode()).isEqualTo(302);
    assertThat(participant.get("/tasklist/" + result.getUserTaskKey()).body())
        .contains("Het knelpunt is gemeld bij de kwartiermaker.");
    UserTask handling = Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(() -> openTasks("knelpunt-afhandelen"), tasks -> !tasks.isEmpty()).get(0);
    assertThat(handling.getCandidateGroups()).containsExactly("kwartiermaker");
    assertThat(handling.getProcessInstanceKey()).isEqualTo(result.getProcessInstanceKey());
    assertThat(variables(handling)).containsEntry("knelpunt", "\"De aannemer heeft pas in het najaar capaciteit.\"")
        .containsEntry("knelpuntGemeldDoor", "\"" + municipality + "\"");
    assertThat(openTasks("resultaat-opleveren")).extracting(UserTask::getUserTaskKey)
        .contains(result.getUserTaskKey());
  }

  @Test
  void anEmptyBottleneckIsRefusedWithAMessage() {
    // given
    UserTask result = openTasks("resultaat-opleveren").get(0);
    String municipality = result.getCandidateGroups().stream().filter(g -> g.startsWith("gemeente-")).findFirst()
        .orElseThrow().substring("gemeente-".length());
    ConsoleSession participant = ConsoleSession.loggedIn(kringloop, municipality, PASSWORD);
    participant.get("/tasklist/" + result.getUserTaskKey());

    // when
    participant.post("/tasklist/" + result.getUserTaskKey() + "/knelpunt", Map.of("knelpunt", "   "));

    // then
    assertThat(participant.get("/tasklist/" + result.getUserTaskKey()).body())
        .contains("Beschrijf het knelpunt (hoogstens 5000 tekens).");
  }

  @Test
  void aTaskOutsideAProjectOffersNoBottleneckAndRefusesOne() {
    // given: the meeting's action item
    UserTask actionItem = openTasks("actiepunt-uitvoeren").get(0);
    ConsoleSession owner = ConsoleSession.loggedIn(kringloop, ownerOf(actionItem), PASSWORD);
    String page = owner.get("/tasklist/" + actionItem.getUserTaskKey()).body();

    // when
    HttpResponse<String> report = owner.post("/tasklist/" + actionItem.getUserTaskKey() + "/knelpunt",
        Map.of("knelpunt", "Past hier niet."));

    // then
    assertThat(page).doesNotContain("knelpuntformulier");
    assertThat(report.statusCode()).isEqualTo(400);
  }

  private static List<UserTask> openTasks(String elementId) {
    return client.newUserTaskSearchRequest().filter(f -> f.elementId(elementId).state(UserTaskState.CREATED))
        .send().join().items();
  }

  /** Who may work on the task: its assignee, or the municipality or user it is open to. */
  private static String ownerOf(UserTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return task.getCandidateGroups().stream().filter(g -> g.startsWith("gemeente-"))
        .map(g -> g.substring("gemeente-".length())).findFirst()
        .orElseGet(() -> task.getCandidateUsers().get(0));
  }

  private static Map<String, String> variables(UserTask task) {
    return client.newUserTaskVariableSearchRequest(task.getUserTaskKey()).withFullValues().send().join().items()
        .stream().collect(Collectors.toMap(v -> v.getName(), v -> v.getValue(), (a, b) -> a));
  }
}
