package nl.stedendriehoek.kringloop.workers.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.WorkerResults;
import nl.stedendriehoek.kringloop.workers.focus.FocusPoints;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposalRepository;
import nl.stedendriehoek.kringloop.workers.focus.FocusWorker;
import nl.stedendriehoek.kringloop.workers.focus.ProposalStatus;
import nl.stedendriehoek.kringloop.workers.scan.ScanWorker;
import nl.stedendriehoek.kringloop.workers.year.YearPhase;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The AB's decision gate on the focus points, with the demo participant {@code ab} deciding. */
@SpringBootTest
class DecisionWorkerTest {

  @Autowired DecisionWorker worker;
  @Autowired FocusWorker focus;
  @Autowired YearWorker years;
  @Autowired ScanWorker scans;
  @Autowired DecisionRepository decisions;
  @Autowired FocusProposalRepository proposals;
  @Autowired YearRepository yearRepository;

  @Test
  void shouldRegisterApprovalAndLetTheProposalBeAdopted() {
    // given
    String year = yearWithProposal();

    // when
    Map<String, Object> result =
        worker.register(year, "focuspunten", 1, "goedgekeurd", "Breed gedragen.", null, "ab");
    Map<String, Object> adopted = focus.adopt(year);

    // then
    assertThat(result)
        .containsEntry("besluitGeregistreerd", true)
        .containsEntry("besluitFouten", List.of());
    Decision decision =
        decisions.findByYearCodeAndGateAndRound(year, DecisionGate.FOCUSPUNTEN, 1).orElseThrow();
    assertThat(decision.outcome()).isEqualTo(DecisionOutcome.GOEDGEKEURD);
    assertThat(decision.decidedBy()).isEqualTo("ab");
    assertThat(decision.id()).isEqualTo(result.get("besluitId"));
    assertThat(adopted).containsEntry("vastgesteldeRonde", 1);
    assertThat(proposals.findByYearCodeAndRound(year, 1).orElseThrow().status())
        .isEqualTo(ProposalStatus.VASTGESTELD);
    assertThat(yearRepository.findByCode(year).orElseThrow().phase())
        .isEqualTo(YearPhase.FOCUSPUNTEN_VASTGESTELD);
  }

  @Test
  void shouldRegisterRejectionThenApprovalOfTheNextRound() {
    // given
    String year = yearWithProposal();
    worker.register(
        year,
        "focuspunten",
        1,
        "afgewezen",
        "Te weinig aandacht voor de kleine gemeenten.",
        null,
        "ab");

    // when
    Map<String, Object> secondRound =
        focus.validate(
            year,
            List.of(
                FocusPoints.point(
                    "2",
                    "Circulaire inkoop door alle gemeenten",
                    "brummen",
                    List.of("brummen", "epe", "heerde"))));
    Map<String, Object> approval =
        worker.register(year, "focuspunten", 2, "goedgekeurd", "Akkoord.", null, "ab");

    // then
    assertThat(secondRound).containsEntry("voorstelRonde", 2);
    assertThat(approval).containsEntry("besluitGeregistreerd", true);
    assertThat(decisions.findByYearCodeOrderByDecidedAt(year))
        .extracting(Decision::outcome)
        .containsExactly(DecisionOutcome.AFGEWEZEN, DecisionOutcome.GOEDGEKEURD);
    assertThat(proposals.findByYearCodeOrderByRound(year))
        .extracting(proposal -> proposal.status())
        .containsExactly(ProposalStatus.AFGEWEZEN, ProposalStatus.GOEDGEKEURD);
  }

  @Test
  void shouldAdoptTheChangedRoundAfterApprovalWithChanges() {
    // given
    String year = yearWithProposal();
    worker.register(
        year,
        "focuspunten",
        1,
        "goedgekeurd-met-wijzigingen",
        "Goed plan.",
        "Voeg Voorst toe aan het depot.",
        "ab");
    focus.validate(
        year,
        List.of(
            FocusPoints.point(
                "3",
                "Gedeeld materialendepot",
                "apeldoorn",
                List.of("apeldoorn", "epe", "voorst"))));

    // when
    Map<String, Object> adopted = focus.adopt(year);

    // then
    assertThat(adopted).containsEntry("vastgesteldeRonde", 2);
    assertThat(proposals.findByYearCodeOrderByRound(year))
        .extracting(proposal -> proposal.status())
        .containsExactly(ProposalStatus.GOEDGEKEURD_MET_WIJZIGINGEN, ProposalStatus.VASTGESTELD);
  }

  @Test
  void shouldRefuseADecisionBySomeoneOutsideTheAbAndRegisterNothing() {
    // given
    String year = yearWithProposal();

    // when
    Map<String, Object> byCivilServant =
        worker.register(year, "focuspunten", 1, "goedgekeurd", "Prima.", null, "epe");
    Map<String, Object> byNobody =
        worker.register(year, "focuspunten", 1, "goedgekeurd", "Prima.", null, " ");

    // then
    assertThat(byCivilServant)
        .containsEntry("besluitGeregistreerd", false)
        .doesNotContainKey("besluitId");
    assertThat(WorkerResults.<String>list(byCivilServant, "besluitFouten"))
        .containsExactly(
            "Alleen een lid van het Algemeen Bestuur kan dit besluit vastleggen; 'epe' is dat"
                + " niet.");
    assertThat(byNobody).containsEntry("besluitGeregistreerd", false);
    assertThat(decisions.findByYearCodeOrderByDecidedAt(year)).isEmpty();
    assertThat(proposals.findByYearCodeAndRound(year, 1).orElseThrow().status())
        .isEqualTo(ProposalStatus.INGEDIEND);
  }

  @Test
  void shouldRequireFeedbackOnRejectionAndChangesOnApprovalWithChanges() {
    // given
    String year = yearWithProposal();

    // when
    Map<String, Object> rejection =
        worker.register(year, "focuspunten", 1, "afgewezen", null, null, "ab");
    Map<String, Object> withChanges =
        worker.register(year, "focuspunten", 1, "goedgekeurd-met-wijzigingen", "Ja.", "", "ab");
    Map<String, Object> unknown =
        worker.register(year, "focuspunten", 1, "misschien", "Hm.", null, "ab");

    // then
    assertThat(WorkerResults.<String>list(rejection, "besluitFouten"))
        .containsExactly(
            "Geef bij afwijzen feedback, zodat de kwartiermaker het voorstel kan verbeteren.");
    assertThat(WorkerResults.<String>list(withChanges, "besluitFouten"))
        .containsExactly(
            "Beschrijf bij goedkeuren met wijzigingen welke wijzigingen het AB vraagt.");
    assertThat(WorkerResults.<String>list(unknown, "besluitFouten"))
        .containsExactly("Kies een besluit.");
    assertThat(decisions.findByYearCodeOrderByDecidedAt(year)).isEmpty();
  }

  @Test
  void shouldRegisterADecisionOnlyOnceWhenTheJobIsDeliveredTwice() {
    // given
    String year = yearWithProposal();
    Map<String, Object> first =
        worker.register(year, "focuspunten", 1, "goedgekeurd", "Akkoord.", null, "ab");

    // when
    Map<String, Object> again =
        worker.register(year, "focuspunten", 1, "goedgekeurd", "Akkoord.", null, "ab");
    Map<String, Object> contradicting =
        worker.register(year, "focuspunten", 1, "afgewezen", "Toch niet.", null, "ab");

    // then
    assertThat(again)
        .containsEntry("besluitGeregistreerd", true)
        .containsEntry("besluitId", first.get("besluitId"));
    assertThat(WorkerResults.<String>list(contradicting, "besluitFouten"))
        .containsExactly("Over ronde 1 is al besloten: goedgekeurd.");
    assertThat(decisions.findByYearCodeOrderByDecidedAt(year)).hasSize(1);
  }

  @Test
  void shouldRefuseADecisionWithoutAnOpenProposalRound() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> result =
        worker.register(year, "focuspunten", 1, "goedgekeurd", "Akkoord.", null, "ab");

    // then
    assertThat(WorkerResults.<String>list(result, "besluitFouten"))
        .containsExactly("Er ligt geen ingediend focusvoorstel (ronde 1) ter besluitvorming.");
  }

  @Test
  void shouldFailTheJobForAnUnknownGate() {
    // given
    String year = yearWithProposal();

    // when / then
    assertThatThrownBy(
            () -> worker.register(year, "begroting", 1, "goedgekeurd", "Akkoord.", null, "ab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown decision gate 'begroting' for year " + year);
  }

  @Test
  void shouldNotAdoptAProposalTheAbDidNotApprove() {
    // given
    String year = yearWithProposal();

    // when / then
    assertThatThrownBy(() -> focus.adopt(year))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Focus proposal " + year + " round 1 is INGEDIEND and cannot be adopted");
  }

  private String yearWithProposal() {
    String year = TestYears.register(years, TestYears.ALL);
    scans.aggregate(year);
    assertThat(focus.validate(year, FocusPoints.validProposal()))
        .containsEntry("voorstelGeldig", true);
    return year;
  }
}
