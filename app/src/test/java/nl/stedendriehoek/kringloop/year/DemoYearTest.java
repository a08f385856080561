package nl.stedendriehoek.kringloop.year;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.demo.DemoYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default plays a demo year in the background: scans of all eight municipalities, a
 * focus proposal sent back and a second round adopted, project plans, the AB's meeting and its
 * approval of the annual plan, and the first result of each project; the other results and the
 * meeting's action item stay open. A restart on the same data continues and adds nothing twice.
 */
class DemoYearTest {

  private static final Map<String, String> DEMO_ON = Map.of("kringloop.demo-year.enabled", "true");

  private static final String[] PLAYED_DECISIONS = {
      "FOCUSPUNTEN 1 AFGEWEZEN ab", "FOCUSPUNTEN 2 GOEDGEKEURD ab", "JAARPLAN 1 GOEDGEKEURD ab"};
  private static final String[] OPEN_AT_REST = {
      "resultaat-opleveren", "resultaat-opleveren", "resultaat-opleveren", "actiepunt-uitvoeren"};

  @TempDir Path dataDirectory;

  private KringloopInstance start() {
    Map<String, String> properties = new java.util.HashMap<>(DEMO_ON);
    properties.put("kringloop.data-dir", dataDirectory.toString());
    properties.put("kringloop.database.durable", "false");
    return KringloopInstance.start(properties);
  }

  @Test
  void playsPartOneOfTheCurrentYearOnceEvenAcrossARestart() throws Exception {
    // when
    long firstStartMillis;
    String year;
    try (KringloopInstance kringloop = start()) {
      long started = System.nanoTime();
      DemoYear demo = kringloop.context().getBean(DemoYear.class);
      assertThat(demo.played().get(3, TimeUnit.MINUTES)).isTrue();
      firstStartMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      year = demo.year();

      // then
      assertThat(count(kringloop, "SELECT count(*) FROM domain.theme_scan WHERE year_code = ?", year)).isEqualTo(8);
      assertThat(decisions(kringloop, year)).containsExactly(PLAYED_DECISIONS);
      assertThat(count(kringloop, "SELECT count(*) FROM domain.focus_point fp JOIN domain.focus_proposal p"
          + " ON p.id = fp.proposal_id WHERE p.year_code = ? AND p.status = 'VASTGESTELD'", year)).isEqualTo(3);
      assertThat(kringloop.jdbc().sql("SELECT kind FROM domain.document WHERE year_code = ?").param(year)
          .query(String.class).list()).contains("SCANRAPPORT", "FOCUSVOORSTEL", "JAARPLAN");
      assertThat(kringloop.jdbc().sql("""
              SELECT r.status FROM domain.result r JOIN domain.project p ON p.id = r.project_id
              WHERE p.year_code = ?""").param(year).query(String.class).list())
          .containsExactlyInAnyOrder("GELEVERD", "GELEVERD", "GELEVERD", "OPEN", "OPEN", "OPEN");
      assertThat(openTasks(kringloop)).containsExactlyInAnyOrder(OPEN_AT_REST);
    }
    System.out.printf("Demo year played in %d ms after start%n", firstStartMillis);

    // when: the app starts again on the same data
    try (KringloopInstance kringloop = start()) {
      assertThat(kringloop.context().getBean(DemoYear.class).played().get(3, TimeUnit.MINUTES)).isTrue();

      // then
      CamundaClient client = kringloop.context().getBean(CamundaClient.class);
      assertThat(client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId("kwartiermaker-jaar"))
          .send().join().items()).hasSize(1);
      assertThat(decisions(kringloop, year)).containsExactly(PLAYED_DECISIONS);
      assertThat(openTasks(kringloop)).containsExactlyInAnyOrder(OPEN_AT_REST);
    }
  }

  private static long count(KringloopInstance kringloop, String sql, String year) {
    return kringloop.jdbc().sql(sql).param(year).query(Long.class).single();
  }

  private static List<String> decisions(KringloopInstance kringloop, String year) {
    return kringloop.jdbc().sql("SELECT gate || ' ' || round || ' ' || outcome || ' ' || decided_by"
        + " FROM domain.decision WHERE year_code = ? ORDER BY id").param(year).query(String.class).list();
  }

  private static List<String> openTasks(KringloopInstance kringloop) {
    return kringloop.context().getBean(CamundaClient.class).newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED)).send().join().items().stream()
        .map(task -> task.getElementId()).toList();
  }
}
