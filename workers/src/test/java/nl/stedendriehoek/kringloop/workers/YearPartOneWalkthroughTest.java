package nl.stedendriehoek.kringloop.workers;

import static nl.stedendriehoek.kringloop.workers.focus.FocusPoints.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.stedendriehoek.kringloop.workers.decision.Decision;
import nl.stedendriehoek.kringloop.workers.decision.DecisionOutcome;
import nl.stedendriehoek.kringloop.workers.decision.DecisionRepository;
import nl.stedendriehoek.kringloop.workers.decision.DecisionWorker;
import nl.stedendriehoek.kringloop.workers.focus.FocusPoint;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposal;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposalRepository;
import nl.stedendriehoek.kringloop.workers.focus.FocusWorker;
import nl.stedendriehoek.kringloop.workers.focus.ProposalStatus;
import nl.stedendriehoek.kringloop.workers.notification.Notification;
import nl.stedendriehoek.kringloop.workers.notification.NotificationKind;
import nl.stedendriehoek.kringloop.workers.notification.NotificationRepository;
import nl.stedendriehoek.kringloop.workers.notification.NotificationWorker;
import nl.stedendriehoek.kringloop.workers.scan.ScanAnswers;
import nl.stedendriehoek.kringloop.workers.scan.ScanWorker;
import nl.stedendriehoek.kringloop.workers.year.YearPhase;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Part 1 of a year played through the workers in the order of {@code kwartiermaker-jaar.bpmn}, with
 * the process variables handed from one step to the next as the engine would. It proves the workers
 * fit together; the process paths themselves are for the CPT tests once the engine runs.
 */
@SpringBootTest
class YearPartOneWalkthroughTest {

  private static final AtomicLong JOB_KEYS = new AtomicLong(2251799813685249L);

  @Autowired YearWorker yearWorker;
  @Autowired ScanWorker scanWorker;
  @Autowired FocusWorker focusWorker;
  @Autowired DecisionWorker decisionWorker;
  @Autowired NotificationWorker notificationWorker;
  @Autowired YearRepository years;
  @Autowired FocusProposalRepository proposals;
  @Autowired DecisionRepository decisions;
  @Autowired NotificationRepository notifications;

  @Test
  void shouldPlayTheYearFromStartToAdoptedFocusPointsWithALateScanRejectionAndChanges() {
    // given: the kwartiermaker starts a year with three municipalities
    String year = TestYears.register(yearWorker, List.of("deventer", "epe", "zutphen"));
    notify(year, "nieuwe-taak", List.of("gemeente-deventer", "gemeente-epe", "gemeente-zutphen"));

    // when: two scans come in; Zutphen is reminded, escalated, extended and still misses it
    assertThat(scanWorker.record(year, "deventer", scan(5, "trekker", 4, "deelnemer")))
        .containsEntry("scanGeldig", true);
    assertThat(scanWorker.record(year, "epe", scan(4, "deelnemer", 2, "volger")))
        .containsEntry("scanGeldig", true);
    notify(year, "herinnering", List.of("gemeente-zutphen"));
    notify(year, "escalatie", List.of("kwartiermaker"));
    assertThat(scanWorker.extendDeadline(year, "2026-02-20"))
        .containsEntry("verlengingGeldig", true);
    Map<String, Object> aggregate = scanWorker.aggregate(year);

    // then: building is the top theme, Zutphen's scan is missing
    List<Map<String, Object>> scores = WorkerResults.list(aggregate, "themaScores");
    assertThat(scores.get(0))
        .containsEntry("thema", 4)
        .containsEntry("trekkers", List.of("deventer"));
    assertThat(aggregate.get("ontbrekendeScans")).isEqualTo(List.of("zutphen"));

    // when: the kwartiermaker proposes four points, then two valid ones
    List<Map<String, Object>> four =
        List.of(
            point("4", "Circulaire onderwijshuisvesting", "deventer", List.of("deventer", "epe")),
            point("1", "Beleidsblauwdrukken", "epe", List.of("epe", "deventer")),
            point("2", "Circulaire inkoop", "deventer", List.of("deventer", "epe")),
            point("3", "Materialendepot", "epe", List.of("epe", "zutphen")));
    Map<String, Object> tooMany = focusWorker.validate(year, four);
    Map<String, Object> round1 = focusWorker.validate(year, four.subList(0, 2));

    // then
    assertThat(tooMany).containsEntry("voorstelGeldig", false);
    assertThat(round1).containsEntry("voorstelGeldig", true).containsEntry("voorstelRonde", 1);

    // when: an alderman tries to record the AB's decision, then the AB rejects with feedback
    Map<String, Object> byAlderman =
        decisionWorker.register(
            year, "focuspunten", 1, "goedgekeurd", "Akkoord.", null, "bestuurder");
    Map<String, Object> rejected =
        decisionWorker.register(
            year, "focuspunten", 1, "afgewezen", "Betrek Zutphen bij het bouwthema.", null, "ab");

    // then
    assertThat(byAlderman).containsEntry("besluitGeregistreerd", false);
    assertThat(rejected).containsEntry("besluitGeregistreerd", true);

    // when: round 2 is approved with changes and the changed round 3 is adopted
    Map<String, Object> round2 =
        focusWorker.validate(
            year,
            List.of(
                point(
                    "4",
                    "Circulaire onderwijshuisvesting",
                    "deventer",
                    List.of("deventer", "epe"),
                    List.of("zutphen"),
                    "Zutphen deelt kennis over biobased bouwen.")));
    decisionWorker.register(
        year,
        "focuspunten",
        2,
        "goedgekeurd-met-wijzigingen",
        "Goed gericht voorstel.",
        "Tag ook doelstelling 6 (biobased).",
        "ab");
    Map<String, Object> round3 =
        focusWorker.validate(
            year,
            List.of(
                point(
                    "4",
                    "Circulaire onderwijshuisvesting",
                    "deventer",
                    List.of("deventer", "epe", "zutphen"))));
    Map<String, Object> adopted = focusWorker.adopt(year);
    notify(year, "besluit-gepubliceerd", List.of("kwartiermaker", "ab", "gemeente-deventer"));

    // then: the year has its focus points and the register tells how it got there
    assertThat(round2).containsEntry("voorstelRonde", 2);
    assertThat(round3).containsEntry("voorstelGeldig", true).containsEntry("voorstelRonde", 3);
    assertThat(adopted).containsEntry("vastgesteldeRonde", 3);
    assertThat(years.findByCode(year).orElseThrow().phase())
        .isEqualTo(YearPhase.FOCUSPUNTEN_VASTGESTELD);
    assertThat(proposals.findByYearCodeOrderByRound(year))
        .extracting(FocusProposal::status)
        .containsExactly(
            ProposalStatus.AFGEWEZEN,
            ProposalStatus.GOEDGEKEURD_MET_WIJZIGINGEN,
            ProposalStatus.VASTGESTELD);
    assertThat(proposals.findByYearCodeAndRound(year, 3).orElseThrow().points())
        .extracting(FocusPoint::projectIdea)
        .containsExactly("Circulaire onderwijshuisvesting");
    assertThat(decisions.findByYearCodeOrderByDecidedAt(year))
        .extracting(Decision::round, Decision::outcome)
        .containsExactly(
            tuple(1, DecisionOutcome.AFGEWEZEN),
            tuple(2, DecisionOutcome.GOEDGEKEURD_MET_WIJZIGINGEN));
    assertThat(notifications.findByYearCodeOrderByCreatedAt(year))
        .extracting(Notification::kind)
        .containsOnly(
            NotificationKind.NIEUWE_TAAK,
            NotificationKind.HERINNERING,
            NotificationKind.ESCALATIE,
            NotificationKind.BESLUIT_GEPUBLICEERD)
        .hasSize(8);
  }

  private void notify(String year, String kind, List<String> groups) {
    notificationWorker.send(
        JOB_KEYS.incrementAndGet(), year, kind, groups, "Stap in " + year, null);
  }

  /** Building (theme 4) and policy (theme 1) stand out; the other themes are "volger" at 2. */
  private static List<Map<String, Object>> scan(
      int buildingRelevance, String buildingRole, int policyRelevance, String policyRole) {
    return ScanAnswers.of(
        new int[] {policyRelevance, 2, 2, buildingRelevance, 2, 2},
        new String[] {policyRole, "volger", "volger", buildingRole, "volger", "volger"});
  }
}
