package nl.stedendriehoek.kringloop.year;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.assertions.ProcessInstanceSelectors.byKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluation and the AB's go/no-go in each of its four outcomes, and the next year that starts
 * with what the AB carried over (or the closed year when it stops).
 */
class GoNoGoProcessTest extends YearProcessTest {

  private static final List<Map<Object, Object>> CARRIED_POINT = List.of(Map.of(
      "thema", "4", "projectidee", "Circulaire schoolgebouwen", "trekker", "deventer",
      "deelnemers", List.of("deventer", "zutphen")));

  @Test
  void shouldStartTheNextYearWithTheSameMunicipalitiesAndFocusPointsWhenTheAbContinues() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtGoNoGo(year, "voortzetten");

    // when
    abDecidesGoNoGo(YearForms.goNoGo("voortzetten", null, null));

    // then
    String next = YearProcessTestYears.next(year);
    assertThat(instance).isCompleted().hasCompletedElements("evaluatie-vastleggen", "go-no-go-registreren",
        "go-no-go-publiceren", "volgend-jaar-gestart").hasVariable("volgendJaar", next);
    assertThat(YearRegister.decisions(KRINGLOOP, year)).contains("GO_NO_GO 1 VOORTZETTEN ab");
    assertThat(YearRegister.positions(KRINGLOOP, year)).containsExactly("deventer VOORTZETTEN",
        "zutphen VOORTZETTEN");
    assertThat(YearRegister.documents(KRINGLOOP, year)).contains("EVALUATIERAPPORT");
    assertThat(YearRegister.successor(KRINGLOOP, year)).containsExactly(next);
    assertThat(byKey(nextYear(instance))).isActive().hasVariable("jaar", next).hasVariable("vorigJaar", year)
        .hasVariable("gemeenten", PARTICIPANTS)
        .hasVariableSatisfies("focuspunten", List.class, points -> {
          assertThat(points).hasSize(1);
          @SuppressWarnings("unchecked")
          Map<Object, Object> carried = (Map<Object, Object>) points.get(0);
          assertThat(carried).containsAllEntriesOf(CARRIED_POINT.get(0));
        })
        .hasActiveElements("themascan-per-gemeente");
  }

  @Test
  void shouldAddMunicipalitiesToTheNextYearWhenTheAbExpandsAfterAnInconsistentFirstTry() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtGoNoGo(year, "uitbreiden");

    // when: expanding without anyone new
    abDecidesGoNoGo(YearForms.goNoGo("uitbreiden", PARTICIPANTS, null));

    // then: back to the AB, nothing registered
    assertThat(instance).hasActiveElements("besluit-ab-go-no-go").hasVariable("goNoGoGeldig", false);
    assertThat(YearRegister.decisions(KRINGLOOP, year)).noneMatch(d -> d.startsWith("GO_NO_GO"));

    // when
    abDecidesGoNoGo(YearForms.goNoGo("uitbreiden", List.of("deventer", "zutphen", "epe"), null));

    // then
    assertThat(instance).isCompleted().hasCompletedElements("volgend-jaar-gestart");
    assertThat(YearRegister.decisions(KRINGLOOP, year)).contains("GO_NO_GO 1 UITBREIDEN ab");
    assertThat(byKey(nextYear(instance))).hasVariable("gemeenten", List.of("deventer", "epe", "zutphen"));
  }

  @Test
  void shouldCarryOverFewerMunicipalitiesWhenTheAbScalesDown() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtGoNoGo(year, "afschalen");

    // when
    abDecidesGoNoGo(YearForms.goNoGo("afschalen", List.of("deventer"), List.of("1")));

    // then
    assertThat(instance).isCompleted().hasCompletedElements("volgend-jaar-gestart");
    assertThat(YearRegister.decisions(KRINGLOOP, year)).contains("GO_NO_GO 1 AFSCHALEN ab");
    assertThat(byKey(nextYear(instance))).hasVariable("gemeenten", List.of("deventer"))
        .hasVariableSatisfies("focuspunten", List.class, points -> {
          assertThat(points).hasSize(1);
          assertThat(((Map<?, ?>) points.get(0)).get("deelnemers")).isEqualTo(List.of("deventer"));
        });
  }

  @Test
  void shouldCloseTheYearAndStartNoOtherWhenTheAbStops() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtGoNoGo(year, "stoppen");

    // when
    abDecidesGoNoGo(YearForms.goNoGo("stoppen", null, null));

    // then
    assertThat(instance).isCompleted().hasCompletedElements("jaar-afsluiten", "jaar-afgesloten")
        .hasNotActivatedElements("volgend-jaar-starten");
    assertThat(YearRegister.decisions(KRINGLOOP, year)).contains("GO_NO_GO 1 STOPPEN ab");
    assertThat(YearRegister.phase(KRINGLOOP, year)).isEqualTo("AFGESLOTEN");
    assertThat(YearRegister.successor(KRINGLOOP, year)).isEmpty();
    assertThat(YearRegister.documents(KRINGLOOP, year)).contains("SCANRAPPORT", "FOCUSVOORSTEL", "JAARPLAN",
        "EVALUATIERAPPORT");
  }

  /** The next year's process instance, as the succession register has it. */
  private long nextYear(ProcessInstanceEvent instance) {
    String year = client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()).name("jaar"))
        .send().join().items().get(0).getValue().replace("\"", "");
    long key = KRINGLOOP.jdbc().sql("SELECT process_instance_key FROM domain.year_succession WHERE from_year_code = ?")
        .param(year).query(Long.class).single();
    return key;
  }
}
