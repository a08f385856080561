package nl.stedendriehoek.kringloop.year;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.assertions.ProcessInstanceSelectors.byKey;
import static nl.stedendriehoek.kringloop.year.YearForms.decision;
import static nl.stedendriehoek.kringloop.year.YearForms.focusPoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.meeting.MeetingStarter;
import org.junit.jupiter.api.Test;

/**
 * The meetings the year plans by itself (each its own {@code overleg} instance): an ambtelijk
 * overleg in the rhythm of the start form, monthly in these tests, for as long as the year runs;
 * and a bestuurlijk overleg about each round of the focus proposal before the AB decides on it.
 */
class YearMeetingsProcessTest extends YearProcessTest {

  private static final List<String> MUNICIPALITIES = List.of("deventer", "zutphen");
  private static final List<String> AMBTELIJK_INVITED =
      List.of("gemeente-deventer", "gemeente-zutphen", "kwartiermaker");
  private static final List<String> BESTUURLIJK_INVITED = List.of("ab", "bestuurders", "kwartiermaker");
  private static final Duration A_MONTH_AND_A_DAY = Duration.ofDays(32);

  @Override
  String meetingRhythm() {
    return "maandelijks";
  }

  @Test
  void shouldStartAnAmbtelijkOverlegOfTheParticipantsEveryMonthWhenTheRhythmIsMonthly() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = startYear(year, MUNICIPALITIES);
    assertThat(instance).hasActiveElements("themascan-per-gemeente");
    assertThat(YearMeetings.ofKind(client, year, "ambtelijk")).isEmpty();

    // when: a month passes
    processTestContext.increaseTime(A_MONTH_AND_A_DAY);

    // then: an ambtelijk overleg two weeks ahead collects agenda items of the municipalities
    long first = YearMeetings.awaitOfKind(client, year, "ambtelijk", 1).get(0);
    assertThat(byKey(first)).isActive().hasVariable("deelnemersGroepen", AMBTELIJK_INVITED)
        .hasVariableSatisfies("overlegOnderwerp", String.class,
            subject -> assertThat(subject).matches("Ambtelijk overleg " + year + " \\(\\d{4}-\\d{2}-\\d{2}\\)"))
        .hasActiveElements("agendapunt-aandragen");
    assertThat(instance).isActive().hasCompletedElements("ambtelijk-overleg-plannen");

    // when: another month
    processTestContext.increaseTime(A_MONTH_AND_A_DAY);

    // then: a second one, about another day, and the first goes on
    List<Long> both = YearMeetings.awaitOfKind(client, year, "ambtelijk", 2);
    assertThat(subject(both.get(1))).isNotEqualTo(subject(first));
    assertThat(List.of(subject(first), subject(both.get(1)))).allSatisfy(subject -> assertThat(
            java.time.LocalDate.parse(subject.substring(subject.indexOf('(') + 1, subject.indexOf(')')))
                .getDayOfWeek())
        .as("a meeting on a working day: %s", subject)
        .isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY));
    assertThat(byKey(first)).isActive();
    assertThat(byKey(both.get(1))).isActive().hasActiveElements("agendapunt-aandragen");
  }

  @Test
  void shouldStopTheMeetingRhythmWhenTheYearEnds() {
    // given: a year closed at its go/no-go, and a younger year that still runs
    String closed = newYear();
    ProcessInstanceEvent closedYear = yearAtGoNoGo(closed, "stoppen");
    abDecidesGoNoGo(YearForms.goNoGo("stoppen", null, null));
    assertThat(closedYear).isCompleted();
    String running = newYear();
    ProcessInstanceEvent runningYear = startYear(running, MUNICIPALITIES);
    assertThat(runningYear).hasActiveElements("themascan-per-gemeente");

    // when: a month passes
    processTestContext.increaseTime(A_MONTH_AND_A_DAY);

    // then: the running year meets, the closed one does not: its rhythm ended with it
    YearMeetings.awaitOfKind(client, running, "ambtelijk", 1);
    assertThat(YearMeetings.ofKind(client, closed, "ambtelijk")).isEmpty();
    assertThat(rhythmTimers(closedYear)).containsExactly("CANCELED");
    assertThat(rhythmTimers(runningYear)).containsExactly("ACTIVE");
  }

  @Test
  void shouldHoldABestuurlijkOverlegAboutEachProposalRoundBeforeTheAbDecides() {
    // given
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);

    // when: a valid proposal and every municipality's advice
    advise(List.of(focusPoint("4", "Circulaire onderwijshuisvesting", "deventer", MUNICIPALITIES)));

    // then: the meeting about round 1 runs, the aldermen discuss, the AB is not asked yet
    assertThat(instance).hasCompletedElements("focusoverleg-plannen").hasActiveElements("voorstel-bespreken")
        .hasNotActivatedElements("ab-om-besluit-vragen", "besluit-ab-focuspunten");
    long firstRound = YearMeetings.about(client, "Focusvoorstel " + year + " ronde 1");
    assertThat(byKey(firstRound)).isActive().hasVariable("overlegSoort", "bestuurlijk")
        .hasVariable("deelnemersGroepen", BESTUURLIJK_INVITED).hasActiveElements("agendapunt-aandragen");

    // when: the AB rejects round 1 and round 2 is proposed and advised
    processTestContext.completeUserTask("voorstel-bespreken", YearForms.aldermen("afwijzen"));
    abDecides(decision("afgewezen", "Betrek Zutphen als trekker.", null, "ab"));
    advise(List.of(focusPoint("4", "Circulaire onderwijshuisvesting", "zutphen", MUNICIPALITIES)));

    // then: a meeting of its own about round 2, again before the AB's decision
    assertThat(instance).hasActiveElements("voorstel-bespreken").hasVariable("voorstelRonde", 2);
    long secondRound = YearMeetings.about(client, "Focusvoorstel " + year + " ronde 2");
    assertThat(secondRound).isNotEqualTo(firstRound);
    assertThat(byKey(secondRound)).isActive().hasActiveElements("agendapunt-aandragen");
    assertThat(YearMeetings.ofKind(client, year, "bestuurlijk")).containsExactly(firstRound, secondRound);
  }

  @Test
  void shouldPlanAMeetingOnceWhenItsJobIsDeliveredTwice() {
    // given: the meeting about round 1 was planned
    String year = newYear();
    ProcessInstanceEvent instance = yearAtTheProposal(year);
    advise(List.of(focusPoint("4", "Circulaire onderwijshuisvesting", "deventer", MUNICIPALITIES)));
    assertThat(instance).hasCompletedElements("focusoverleg-plannen");
    String subject = "Focusvoorstel " + year + " ronde 1";
    long planned = YearMeetings.about(client, subject);

    // when: the same job arrives at the worker again (e.g. after a lost completion)
    long again = ProcessTestKringloop.bean(MeetingStarter.class).startOnce(instance.getProcessInstanceKey(), year,
        "bestuurlijk", subject, BESTUURLIJK_INVITED, null);

    // then
    assertThat(again).isEqualTo(planned);
    assertThat(YearMeetings.ofKind(client, year, "bestuurlijk")).containsExactly(planned);
  }

  private ProcessInstanceEvent yearAtTheProposal(String year) {
    ProcessInstanceEvent instance = startYear(year, MUNICIPALITIES);
    allScansIn(MUNICIPALITIES.size());
    stakeholderInput();
    assertThat(instance).hasActiveElements("focusvoorstel-opstellen");
    return instance;
  }

  private void advise(List<Map<String, Object>> proposal) {
    processTestContext.completeUserTask("focusvoorstel-opstellen", Map.of("focuspunten", proposal));
    for (int i = 0; i < MUNICIPALITIES.size(); i++) {
      processTestContext.completeUserTask("ambtelijk-advies-geven", YearForms.advice("steunen"));
    }
  }

  private String subject(long meeting) {
    return client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(meeting).scopeKey(meeting).name("overlegOnderwerp"))
        .send().join().items().get(0).getValue();
  }

  /** The states of the rhythm's timer of a year, as the engine keeps them. */
  private static List<String> rhythmTimers(ProcessInstanceEvent year) {
    return KRINGLOOP.jdbc().sql("""
            SELECT state FROM engine.timer WHERE process_instance_key = ? AND target_element_id = 'overlegritme-bereikt'
            """).param(year.getProcessInstanceKey()).query(String.class).list();
  }
}
