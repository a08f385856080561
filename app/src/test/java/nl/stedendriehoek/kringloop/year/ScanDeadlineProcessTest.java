package nl.stedendriehoek.kringloop.year;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.assertions.ProcessInstanceSelectors.byKey;
import static nl.stedendriehoek.kringloop.year.MunicipalityTasks.instanceOf;
import static nl.stedendriehoek.kringloop.year.MunicipalityTasks.taskOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scan deadline (three weeks after the start in these tests): a reminder three days before it,
 * an escalation at it, and the kwartiermaker's choice to extend or go on without. Time moves with
 * CPT's {@code increaseTime}.
 */
class ScanDeadlineProcessTest extends YearProcessTest {

  private static final List<String> MUNICIPALITIES = List.of("deventer", "zutphen");

  /** Deventer hands in its scan, the stakeholders give input; Zutphen does nothing. */
  private ProcessInstanceEvent yearWithZutphenLate(String year) {
    ProcessInstanceEvent instance = startYear(year, MUNICIPALITIES);
    processTestContext.completeUserTask(taskOf("themascan-invullen", "gemeente-deventer"),
        YearForms.scan(5, "trekker"));
    stakeholderInput();
    return instance;
  }

  @Test
  void shouldRemindALateMunicipalityThreeDaysBeforeTheDeadline() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearWithZutphenLate(year);
    long zutphen = instanceOf(client, "themascan-invullen", "gemeente-zutphen");

    // when
    processTestContext.increaseTime(Duration.ofDays(19));

    // then: reminded, still open, nothing escalated
    assertThat(byKey(zutphen)).isActive().hasCompletedElements("herinnering-versturen", "herinnering-verstuurd")
        .hasActiveElements("themascan-invullen").hasNotActivatedElements("kwartiermaker-informeren");
    assertThat(outbox(year)).contains("gemeente-zutphen HERINNERING").doesNotContain("gemeente-deventer HERINNERING");
    assertThat(instance).hasActiveElements("themascan-per-gemeente");
  }

  @Test
  void shouldLetTheKwartiermakerExtendTheDeadlineOfALateScan() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearWithZutphenLate(year);
    long zutphen = instanceOf(client, "themascan-invullen", "gemeente-zutphen");

    // when: the deadline passes
    processTestContext.increaseTime(Duration.ofDays(22));

    // then
    assertThat(byKey(zutphen)).hasTerminatedElements("themascan-invullen")
        .hasCompletedElements("kwartiermaker-informeren").hasActiveElements("te-late-scan-afhandelen");
    assertThat(outbox(year)).contains("kwartiermaker ESCALATIE");

    // when: two more weeks
    processTestContext.completeUserTask("te-late-scan-afhandelen", Map.of(
        "keuzeTeLaat", "verlengen",
        "nieuweScanDeadline", today().plusWeeks(2).toString(),
        "toelichtingTeLaat", "Zutphen had de raad nog nodig."));

    // then: Zutphen's scan is open again and counts once handed in
    assertThat(byKey(zutphen)).hasVariable("verlengingGeldig", true).hasActiveElements("themascan-invullen");
    processTestContext.completeUserTask(taskOf("themascan-invullen", "gemeente-zutphen"), YearForms.scan(3, "volger"));
    assertThat(instance).hasActiveElements("focusvoorstel-opstellen")
        .hasVariable("ontbrekendeScans", List.of())
        .hasVariable("ingeleverdeScans", MUNICIPALITIES);
  }

  @Test
  void shouldRefuseAnExtensionIntoThePastAndAskTheKwartiermakerAgain() {
    // given
    String year = newYear();
    yearWithZutphenLate(year);
    long zutphen = instanceOf(client, "themascan-invullen", "gemeente-zutphen");
    processTestContext.increaseTime(Duration.ofDays(22));
    assertThat(byKey(zutphen)).hasActiveElements("te-late-scan-afhandelen");

    // when
    processTestContext.completeUserTask("te-late-scan-afhandelen", Map.of(
        "keuzeTeLaat", "verlengen", "nieuweScanDeadline", today().minusDays(30).toString()));

    // then
    assertThat(byKey(zutphen)).hasVariable("verlengingGeldig", false).hasActiveElements("te-late-scan-afhandelen")
        .hasVariableSatisfies("verlengingFouten", List.class, errors -> assertThat(errors).isNotEmpty());
  }

  @Test
  void shouldGoOnWithoutALateScanWhenTheKwartiermakerChoosesSo() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearWithZutphenLate(year);
    long zutphen = instanceOf(client, "themascan-invullen", "gemeente-zutphen");
    processTestContext.increaseTime(Duration.ofDays(22));
    assertThat(byKey(zutphen)).hasActiveElements("te-late-scan-afhandelen");

    // when
    processTestContext.completeUserTask("te-late-scan-afhandelen", Map.of("keuzeTeLaat", "doorgaan-zonder"));

    // then
    assertThat(byKey(zutphen)).isCompleted().hasCompletedElements("doorgegaan-zonder-scan");
    assertThat(instance).hasActiveElements("focusvoorstel-opstellen")
        .hasVariable("ontbrekendeScans", List.of("zutphen"))
        .hasVariable("ingeleverdeScans", List.of("deventer"));
  }

  @Test
  void shouldCloseTheStakeholdersInputAtTheScanDeadline() {
    // given: both scans in, the stakeholders silent
    String year = newYear();
    ProcessInstanceEvent instance = startYear(year, MUNICIPALITIES);
    allScansIn(MUNICIPALITIES.size());
    assertThat(instance).hasActiveElements("stakeholderinput-geven");

    // when
    processTestContext.increaseTime(Duration.ofDays(22));

    // then
    assertThat(instance).hasTerminatedElements("stakeholderinput-geven")
        .hasCompletedElements("scandeadline-stakeholders").hasActiveElements("focusvoorstel-opstellen");
  }

  @Test
  void shouldEscalateTwoWeeksBeforeAndAtTheEndOfQ1WhileTheAbHasNotDecided() {
    // given: the proposal is with the AB three months before the end of Q1 in this test
    String year = newYear();
    ProcessInstanceEvent instance = startYear(year, MUNICIPALITIES);
    allScansIn(MUNICIPALITIES.size());
    stakeholderInput();
    proposeAndAdvise(instance, List.of(YearForms.focusPoint("4", "Circulaire onderwijshuisvesting", "deventer",
        MUNICIPALITIES)), MUNICIPALITIES.size());

    // when: two weeks before the end of Q1
    processTestContext.increaseTime(Duration.ofDays(80));

    // then: escalated, the decision still open
    assertThat(instance).hasCompletedElements("escaleren-besluit-niet-in-zicht", "escalatie-verstuurd")
        .hasNotActivatedElements("escaleren-deadline-verstreken")
        .hasActiveElements("focusvoorstel-en-besluit", "besluit-ab-focuspunten");

    // when: the end of Q1 passes
    processTestContext.increaseTime(Duration.ofDays(15));

    // then
    assertThat(instance).hasCompletedElements("escaleren-deadline-verstreken", "q1-escalatie-verstuurd")
        .hasActiveElements("besluit-ab-focuspunten");
    assertThat(outbox(year)).contains("kwartiermaker ESCALATIE", "ab ESCALATIE", "procesbeheer ESCALATIE");

    // when: the AB decides late after all
    abDecides(YearForms.decision("goedgekeurd", "Akkoord, te laat maar unaniem.", null, "ab"));

    // then
    assertThat(instance).hasCompletedElements("focuspunten-vastgesteld");
  }

  private static List<String> outbox(String year) {
    return KRINGLOOP.jdbc().sql("""
            SELECT recipient_group || ' ' || kind FROM domain.notification WHERE year_code = ? ORDER BY id""")
        .param(year).query(String.class).list();
  }
}
