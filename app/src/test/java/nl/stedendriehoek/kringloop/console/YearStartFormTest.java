package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
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
 * The kwartiermaker starts a year from the Tasklist with the year's start form: the page carries the
 * form linked on the process's start event, and a start without its required fields is refused with
 * the fields named, before any instance exists.
 */
class YearStartFormTest {

  @TempDir static Path dataDirectory;

  private static KringloopInstance kringloop;

  @BeforeAll
  static void start() {
    kringloop = KringloopInstance.startOn(dataDirectory);
  }

  @AfterAll
  static void stop() {
    if (kringloop != null) {
      kringloop.close();
    }
  }

  private static long yearDefinitionKey() {
    return kringloop.context().getBean(CamundaClient.class).newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId("kwartiermaker-jaar").isLatestVersion(true)).send().join()
        .items().get(0).getProcessDefinitionKey();
  }

  private static long yearInstances() {
    return kringloop.jdbc().sql("SELECT count(*) FROM engine.process_instance WHERE bpmn_process_id = 'kwartiermaker-jaar'")
        .query(Long.class).single();
  }

  @Test
  void theStartPageOfTheYearShowsItsStartForm() {
    // given
    ConsoleSession kwartiermaker = ConsoleSession.loggedIn(kringloop, "kwartiermaker", DemoParticipants.DEMO_PASSWORD);

    // when
    HttpResponse<String> page = kwartiermaker.get("/processen/" + yearDefinitionKey());

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-schema=").contains("kringloop-jaar-starten").contains("overlegritme")
        .doesNotContain("Geen startformulier");
  }

  @Test
  void aYearStartWithoutTheRequiredFieldsIsRefusedAndStartsNothing() {
    // given
    long before = yearInstances();
    ConsoleSession kwartiermaker = ConsoleSession.loggedIn(kringloop, "kwartiermaker", DemoParticipants.DEMO_PASSWORD);
    long definition = yearDefinitionKey();
    kwartiermaker.get("/processen/" + definition);

    // when
    HttpResponse<String> start = kwartiermaker.post("/processen/" + definition,
        Map.of("variables", "{\"jaar\": \"CE-2031\"}"));

    // then
    assertThat(start.statusCode()).isEqualTo(422);
    assertThat(start.body()).contains("id=\"fouten\"").contains("Deelnemende gemeenten")
        .contains("Ritme ambtelijk overleg");
    assertThat(yearInstances()).isEqualTo(before);
  }
}
