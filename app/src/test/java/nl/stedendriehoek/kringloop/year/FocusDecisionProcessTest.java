package nl.stedendriehoek.kringloop.year;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static nl.stedendriehoek.kringloop.year.YearForms.decision;
import static nl.stedendriehoek.kringloop.year.YearForms.focusPoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.decision.DecisionWorker;
import org.junit.jupiter.api.Test;

/**
 * Part 1 of the year ({@code kwartiermaker-jaar} with {@code thema-scan}) through every outcome of
 * its gates, with the real workers: the start data, the proposal check and the AB's decision.
 */
class FocusDecisionProcessTest extends YearProcessTest {

  private static final List<String> MUNICIPALITIES = List.of("deventer", "zutphen");
  private static final List<Map<String, Object>> PROPOSAL = List.of(
      focusPoint("4", "Circulaire onderwijshuisvesting", "deventer", MUNICIPALITIES));

  private ProcessInstanceEvent yearAtTheProposal(String year) {
    ProcessInstanceEvent instance = startYear(year, MUNICIPALITIES);
    allScansIn(MUNICIPALITIES.size());
    stakeholderInput();
    assertThat(instance).hasActiveElements("focusvoorstel-opstellen")
        .hasCompletedElements("scan-samenvoegen", "themas-classificeren", "scanrapport-opstellen");
    return instance;
  }

  @Test
  void shouldAdoptTheFocusPointsWhenTheAbApproves() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);
    proposeAndAdvise(instance, PROPOSAL, MUNICIPALITIES.size());

    // when
    abDecides(decision("goedgekeurd", "Akkoord met het voorstel.", null, "ab"));

    // then
    assertThat(instance).isActive()
        .hasCompletedElements("besluit-registreren", "focuspunten-vaststellen", "besluit-publiceren",
            "focuspunten-vastgesteld")
        .hasActiveElements("projectplan-opstellen")
        .hasNotActivatedElements("wijzigingen-verwerken")
        .hasVariable("besluitUitkomst", "goedgekeurd")
        .hasVariable("vastgesteldeRonde", 1);
    assertThat(register(year)).containsExactly("1 GOEDGEKEURD ab");
    assertThat(phase(year)).isEqualTo("FOCUSPUNTEN_VASTGESTELD");
  }

  @Test
  void shouldLetTheKwartiermakerProcessTheChangesWhenTheAbApprovesWithChanges() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);
    proposeAndAdvise(instance, PROPOSAL, MUNICIPALITIES.size());

    // when
    abDecides(decision("goedgekeurd-met-wijzigingen", "Goed gericht.", "Tag ook doelstelling 6.", "ab"));

    // then
    assertThat(instance).isActive().hasActiveElements("wijzigingen-verwerken");

    // when
    processTestContext.completeUserTask("wijzigingen-verwerken", Map.of("focuspunten", List.of(
        focusPoint("4", "Circulaire onderwijshuisvesting, biobased", "deventer", MUNICIPALITIES))));

    // then
    assertThat(instance)
        .hasCompletedElements("gewijzigd-voorstel-valideren", "focuspunten-vaststellen", "focuspunten-vastgesteld")
        .hasVariable("vastgesteldeRonde", 2);
    assertThat(register(year)).containsExactly("1 GOEDGEKEURD_MET_WIJZIGINGEN ab");
  }

  @Test
  void shouldSendTheProposalBackWithTheFeedbackWhenTheAbRejectsThenAdoptTheNextRound() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);
    proposeAndAdvise(instance, PROPOSAL, MUNICIPALITIES.size());

    // when
    abDecides(decision("afgewezen", "Betrek Zutphen als trekker.", null, "ab"));

    // then: back at the proposal, with the AB's feedback to read
    assertThat(instance).isActive().hasActiveElements("focusvoorstel-opstellen")
        .hasVariable("besluitMotivering", "Betrek Zutphen als trekker.");

    // when
    proposeAndAdvise(instance,
        List.of(focusPoint("4", "Circulaire onderwijshuisvesting", "zutphen", MUNICIPALITIES)),
        MUNICIPALITIES.size());
    abDecides(decision("goedgekeurd", "Akkoord.", null, "ab"));

    // then
    assertThat(instance).hasCompletedElements("focuspunten-vastgesteld").hasVariable("vastgesteldeRonde", 2);
    assertThat(register(year)).containsExactly("1 AFGEWEZEN ab", "2 GOEDGEKEURD ab");
  }

  @Test
  void shouldRouteAnInvalidProposalBackWithTheReasons() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);
    List<Map<String, Object>> leadDoesNotJoin =
        List.of(focusPoint("4", "Circulaire onderwijshuisvesting", "epe", MUNICIPALITIES));

    // when
    processTestContext.completeUserTask("focusvoorstel-opstellen", Map.of("focuspunten", leadDoesNotJoin));

    // then
    assertThat(instance).hasActiveElements("focusvoorstel-opstellen").hasNotActivatedElements("focusvoorstel-document")
        .hasVariable("voorstelGeldig", false)
        .hasVariableSatisfies("voorstelFouten", List.class, errors -> assertThat(errors).isNotEmpty());

    // when
    proposeAndAdvise(instance, PROPOSAL, MUNICIPALITIES.size());

    // then
    assertThat(instance).hasVariable("voorstelGeldig", true).hasCompletedElements("focusvoorstel-document");
  }

  @Test
  void shouldSendTheDecisionBackToTheAbWhenSomeoneOutsideTheAbRecordsIt() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);
    proposeAndAdvise(instance, PROPOSAL, MUNICIPALITIES.size());

    // when
    abDecides(decision("goedgekeurd", "Akkoord.", null, "bestuurder"));

    // then
    assertThat(instance).isActive().hasActiveElements("besluit-ab-focuspunten")
        .hasVariable("besluitGeregistreerd", false);
    assertThat(register(year)).isEmpty();

    // when
    abDecides(decision("goedgekeurd", "Akkoord.", null, "ab"));

    // then
    assertThat(instance).hasCompletedElements("focuspunten-vastgesteld");
    assertThat(register(year)).containsExactly("1 GOEDGEKEURD ab");
  }

  @Test
  void shouldRegisterADecisionOnceWhenItsJobIsDeliveredTwice() {
    // given: the AB approved and the worker registered it
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);
    proposeAndAdvise(instance, PROPOSAL, MUNICIPALITIES.size());
    abDecides(decision("goedgekeurd", "Akkoord.", null, "ab"));
    assertThat(instance).hasCompletedElements("focuspunten-vastgesteld");

    // when: the same job arrives at the worker again (e.g. after a lost completion)
    Map<String, Object> again = ProcessTestKringloop.bean(DecisionWorker.class)
        .register(year, "focuspunten", 1, "goedgekeurd", "Akkoord.", null, "ab");

    // then
    assertThat(again).containsEntry("besluitGeregistreerd", true);
    assertThat(register(year)).containsExactly("1 GOEDGEKEURD ab");
  }

  @Test
  void shouldAskTheKwartiermakerToCorrectInvalidStartData() {
    // given
    String year = newYear();
    Map<String, Object> startForm = startForm(year, List.of("deventer", "atlantis"));

    // when
    ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId("kwartiermaker-jaar")
        .latestVersion().variables(startForm).send().join();

    // then
    assertThat(instance).hasActiveElements("startgegevens-corrigeren").hasVariable("jaarGeldig", false)
        .hasVariableSatisfies("jaarFouten", List.class,
            errors -> assertThat(errors).contains("Onbekende gemeente: 'atlantis'."));

    // when
    processTestContext.completeUserTask("startgegevens-corrigeren", Map.of("gemeenten", MUNICIPALITIES));

    // then
    assertThat(instance).hasVariable("jaarGeldig", true).hasActiveElements("themascan-per-gemeente",
        "stakeholderinput-geven");
  }

  private static List<String> register(String year) {
    return KRINGLOOP.jdbc().sql("""
            SELECT round || ' ' || outcome || ' ' || decided_by FROM domain.decision
            WHERE year_code = ? ORDER BY id""").param(year).query(String.class).list();
  }

  private static String phase(String year) {
    return KRINGLOOP.jdbc().sql("SELECT phase FROM domain.year WHERE code = ?").param(year).query(String.class)
        .single();
  }
}
