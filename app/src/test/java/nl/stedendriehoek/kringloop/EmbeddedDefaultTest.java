package nl.stedendriehoek.kringloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.nio.file.Path;
import java.util.List;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system on its embedded default: what an operator sees after {@code java -jar kringloop.jar}. */
class EmbeddedDefaultTest {

  @TempDir static Path dataDirectory;

  /** One start serves every test here: they only read what a first start produced. */
  private static KringloopInstance kringloop;

  @BeforeAll
  static void startOnce() {
    kringloop = KringloopInstance.startOn(dataDirectory);
  }

  @AfterAll
  static void stop() {
    kringloop.close();
  }

  @Test
  void startsHealthyOnDurableEmbeddedPostgres() {
    // when
    String health = kringloop.http().get().uri("/actuator/health").retrieve().body(String.class);

    // then
    assertThat(health).contains("\"status\":\"UP\"");
    assertThat(setting(kringloop, "fsync")).isEqualTo("on");
    assertThat(setting(kringloop, "synchronous_commit")).isEqualTo("on");
    assertThat(setting(kringloop, "full_page_writes")).isEqualTo("on");
    assertThat(setting(kringloop, "listen_addresses")).isEqualTo("localhost");
    assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
  }

  @Test
  void migratesEngineAndDomainSchemasEachWithItsOwnHistory() {
    // when
    long engineMigrations = count(kringloop, "engine.flyway_schema_history");
    long domainMigrations = count(kringloop, "domain.flyway_schema_history");

    // then
    assertThat(engineMigrations).isPositive();
    assertThat(domainMigrations).isPositive();
  }

  @Test
  void seedsMunicipalitiesThemesObjectivesAndDemoParticipants() {
    // then
    assertThat(kringloop.jdbc().sql("SELECT name FROM domain.municipality ORDER BY name").query(String.class).list())
        .containsExactly("Apeldoorn", "Brummen", "Deventer", "Epe", "Heerde", "Lochem", "Voorst", "Zutphen");
    assertThat(kringloop.jdbc().sql("SELECT name FROM domain.theme ORDER BY number").query(String.class).list())
        .containsExactly(
            "Synchroniseren circulair beleid",
            "Circulaire goederen",
            "Circulaire openbare ruimte",
            "Circulair bouwen",
            "CO2-reductie door circulariteit",
            "Circulaire industrie");
    assertThat(count(kringloop, "domain.objective")).isEqualTo(9);
    assertThat(
            kringloop.jdbc()
                .sql("SELECT DISTINCT group_id FROM domain.participant_group ORDER BY group_id")
                .query(String.class)
                .list())
        .containsExactly(
            "ab",
            "bestuurders",
            "gemeente-apeldoorn",
            "gemeente-brummen",
            "gemeente-deventer",
            "gemeente-epe",
            "gemeente-heerde",
            "gemeente-lochem",
            "gemeente-voorst",
            "gemeente-zutphen",
            "kwartiermaker",
            "procesbeheer",
            "stakeholders");
    assertThat(
            kringloop.jdbc()
                .sql("SELECT password_hash FROM domain.participant WHERE username = 'kwartiermaker'")
                .query(String.class)
                .single())
        .startsWith("$2a$")
        .doesNotContain("kringloop-demo");
  }

  @Test
  void startPageShowsTheCollaborationInDutchAndInEnglishOnRequest() {
    // when
    String dutch = kringloop.http().get().uri("/").retrieve().body(String.class);
    String english =
        kringloop.http().get().uri("/").header("Accept-Language", "en").retrieve().body(String.class);

    // then
    assertThat(dutch)
        .contains("<html lang=\"nl\"")
        .contains("Deelnemende gemeenten")
        .contains("Zutphen")
        .contains("Circulair bouwen");
    assertThat(english).contains("<html lang=\"en\"").contains("Participating municipalities");
  }

  @Test
  void deploysTheShippedProcessesThroughTheCamundaClientAtStart() {
    // given
    CamundaClient client = kringloop.context().getBean(CamundaClient.class);

    // when
    List<String> deployed =
        client.newProcessDefinitionSearchRequest().send().join().items().stream()
            .map(ProcessDefinition::getProcessDefinitionId)
            .toList();

    // then
    assertThat(deployed).contains("kwartiermaker-jaar", "thema-scan");
  }

  private static String setting(KringloopInstance kringloop, String name) {
    return kringloop.jdbc().sql("SELECT current_setting(:name)").param("name", name).query(String.class).single();
  }

  private static long count(KringloopInstance kringloop, String table) {
    return kringloop.jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
