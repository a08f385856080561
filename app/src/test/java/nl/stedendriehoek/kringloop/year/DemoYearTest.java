package nl.stedendriehoek.kringloop.year;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.demo.DemoYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default plays the whole demo year in the background: scans of all eight
 * municipalities, a focus proposal sent back and a second round adopted, project plans, the AB's
 * meetings and its approval of the annual plan, every result of every project delivered (so the
 * projects finish early), the evaluation with all positions, and the AB's go/no-go "voortzetten".
 * It rests with the year completed and the next year waiting for its theme scan, with the carried-
 * over municipalities and focus points; a municipality's action item of each meeting stays open. A
 * restart on the same data, after a real user did one of those, continues and adds nothing twice.
 */
class DemoYearTest {

  private static final List<String> MUNICIPALITIES = List.of("apeldoorn", "brummen", "deventer", "epe", "heerde",
      "lochem", "voorst", "zutphen");
  private static final String[] PLAYED_DECISIONS = {
      "FOCUSPUNTEN 1 AFGEWEZEN ab", "FOCUSPUNTEN 2 GOEDGEKEURD ab", "JAARPLAN 1 GOEDGEKEURD ab",
      "GO_NO_GO 1 VOORTZETTEN ab"};
  /**
   * The open action items of the year's four bestuurlijk meetings (two focus proposal rounds, the
   * annual plan, the go/no-go), one per meeting; the rhythm's ambtelijk meetings do not fall due
   * while the demo plays.
   */
  private static final String[] OPEN_AT_REST =
      {"actiepunt-uitvoeren", "actiepunt-uitvoeren", "actiepunt-uitvoeren", "actiepunt-uitvoeren"};
  private static final String[] OPEN_IN_THE_NEXT_YEAR = {
      "themascan-invullen", "themascan-invullen", "themascan-invullen", "themascan-invullen", "themascan-invullen",
      "themascan-invullen", "themascan-invullen", "themascan-invullen", "stakeholderinput-geven"};

  @TempDir Path dataDirectory;

  private KringloopInstance start() {
    Map<String, String> properties = new HashMap<>();
    properties.put("kringloop.demo-year.enabled", "true");
    properties.put("kringloop.data-dir", dataDirectory.toString());
    properties.put("kringloop.database.durable", "false");
    return KringloopInstance.start(properties);
  }

  @Test
  void playsTheWholeYearOnceAndRestsWithTheNextYearAtItsThemeScanEvenAcrossARestart() throws Exception {
    // when
    long firstStartMillis;
    String year;
    String next;
    try (KringloopInstance kringloop = start()) {
      long started = System.nanoTime();
      DemoYear demo = kringloop.context().getBean(DemoYear.class);
      assertThat(demo.played().get(4, TimeUnit.MINUTES)).isTrue();
      firstStartMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      year = demo.year();
      next = "CE-" + (Integer.parseInt(year.substring(3)) + 1);

      // then: the year was played from the scan to the go/no-go
      assertThat(count(kringloop, "SELECT count(*) FROM domain.theme_scan WHERE year_code = ?", year)).isEqualTo(8);
      assertThat(YearRegister.decisions(kringloop, year)).containsExactly(PLAYED_DECISIONS);
      assertThat(count(kringloop, "SELECT count(*) FROM domain.focus_point fp JOIN domain.focus_proposal p"
          + " ON p.id = fp.proposal_id WHERE p.year_code = ? AND p.status = 'VASTGESTELD'", year)).isEqualTo(3);
      assertThat(YearRegister.documents(kringloop, year)).containsExactly("SCANRAPPORT", "FOCUSVOORSTEL",
          "FOCUSVOORSTEL", "JAARPLAN", "EVALUATIERAPPORT");
      assertThat(YearRegister.results(kringloop, year)).hasSize(6).allMatch(result -> result.startsWith("GELEVERD "));
      assertThat(kringloop.jdbc().sql("SELECT status FROM domain.project WHERE year_code = ?").param(year)
          .query(String.class).list()).containsExactly("AFGEROND", "AFGEROND", "AFGEROND");
      assertThat(YearRegister.positions(kringloop, year)).hasSize(8);
      assertThat(YearRegister.documentText(kringloop, year, "EVALUATIERAPPORT")).contains("geleverd");

      // then: it rests with the year completed and the next year at its theme scan
      CamundaClient client = kringloop.context().getBean(CamundaClient.class);
      assertThat(yearInstances(client)).extracting(ProcessInstance::getState)
          .containsExactlyInAnyOrder(ProcessInstanceState.COMPLETED, ProcessInstanceState.ACTIVE);
      assertThat(YearRegister.successor(kringloop, year)).containsExactly(next);
      long nextYear = activeYearInstance(client);
      assertThat(variable(client, nextYear, "jaar").asText()).isEqualTo(next);
      assertThat(variable(client, nextYear, "vorigJaar").asText()).isEqualTo(year);
      assertThat(variable(client, nextYear, "gemeenten")).extracting(JsonNode::asText)
          .containsExactlyElementsOf(MUNICIPALITIES);
      assertThat(variable(client, nextYear, "focuspunten")).hasSize(3)
          .extracting(point -> point.path("trekker").asText()).containsExactly("deventer", "apeldoorn", "zutphen");
      assertThat(openTasks(client, year)).containsExactlyInAnyOrder(OPEN_AT_REST);
      assertThat(openTasks(client, next)).containsExactlyInAnyOrder(OPEN_IN_THE_NEXT_YEAR);

      // when: a real user completes one of the open action items
      completeOneActionItem(client);
    }
    System.out.printf("Demo year played in %d ms after start%n", firstStartMillis);

    // when: the app starts again on the same data
    try (KringloopInstance kringloop = start()) {
      DemoYear demo = kringloop.context().getBean(DemoYear.class);
      assertThat(demo.played().get(3, TimeUnit.MINUTES)).isTrue();

      // then
      CamundaClient client = kringloop.context().getBean(CamundaClient.class);
      assertThat(demo.year()).isEqualTo(year);
      assertThat(yearInstances(client)).hasSize(2);
      assertThat(YearRegister.decisions(kringloop, year)).containsExactly(PLAYED_DECISIONS);
      assertThat(YearRegister.decisions(kringloop, next)).isEmpty();
      assertThat(openTasks(client, year)).containsExactly("actiepunt-uitvoeren", "actiepunt-uitvoeren",
          "actiepunt-uitvoeren");
      assertThat(openTasks(client, next)).containsExactlyInAnyOrder(OPEN_IN_THE_NEXT_YEAR);
    }
  }

  private static void completeOneActionItem(CamundaClient client) {
    var task = client.newUserTaskSearchRequest()
        .filter(f -> f.elementId("actiepunt-uitvoeren").state(UserTaskState.CREATED)).send().join().items().get(0);
    String owner = task.getCandidateUsers().get(0);
    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(owner).send().join();
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(Map.of("actiepuntStatus", "afgerond",
        "actiepuntToelichting", "Teruggekoppeld in het college.", "voltooidDoor", owner)).send().join();
  }

  private static long count(KringloopInstance kringloop, String sql, String year) {
    return kringloop.jdbc().sql(sql).param(year).query(Long.class).single();
  }

  private static List<ProcessInstance> yearInstances(CamundaClient client) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId("kwartiermaker-jaar"))
        .send().join().items();
  }

  private static long activeYearInstance(CamundaClient client) {
    return yearInstances(client).stream().filter(i -> i.getState() == ProcessInstanceState.ACTIVE).findFirst()
        .orElseThrow().getProcessInstanceKey();
  }

  private static JsonNode variable(CamundaClient client, long instance, String name) throws Exception {
    String json = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name(name))
        .withFullValues().send().join().items().get(0).getValue();
    return new ObjectMapper().readTree(json);
  }

  /** The element ids of the open tasks of one year (by the tasks' variable {@code jaar}). */
  private static List<String> openTasks(CamundaClient client, String year) {
    return client.newUserTaskSearchRequest().filter(f -> f.state(UserTaskState.CREATED)).page(p -> p.limit(1000))
        .send().join().items().stream()
        .filter(task -> client.newUserTaskVariableSearchRequest(task.getUserTaskKey()).filter(f -> f.name("jaar"))
            .send().join().items().stream().anyMatch(v -> ("\"" + year + "\"").equals(v.getValue())))
        .map(task -> task.getElementId()).toList();
  }
}
