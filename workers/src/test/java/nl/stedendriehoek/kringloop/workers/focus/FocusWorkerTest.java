package nl.stedendriehoek.kringloop.workers.focus;

import static nl.stedendriehoek.kringloop.workers.focus.FocusPoints.point;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.WorkerResults;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FocusWorkerTest {

  @Autowired FocusWorker worker;
  @Autowired YearWorker years;
  @Autowired FocusProposalRepository proposals;

  @Test
  void shouldStoreAValidProposalAsItsFirstRound() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> result = worker.validate(year, FocusPoints.validProposal());

    // then
    assertThat(result).containsEntry("voorstelGeldig", true).containsEntry("voorstelRonde", 1);
    FocusProposal proposal = proposals.findByYearCodeAndRound(year, 1).orElseThrow();
    assertThat(proposal.status()).isEqualTo(ProposalStatus.INGEDIEND);
    assertThat(proposal.points())
        .extracting(FocusPoint::projectIdea)
        .containsExactly("Circulaire onderwijshuisvesting", "Gedeeld materialendepot");
    FocusPoint depot = proposal.points().get(1);
    assertThat(depot.participations())
        .extracting(p -> p.municipalityCode() + ":" + p.scope())
        .containsExactlyInAnyOrder("apeldoorn:VOLLEDIG", "epe:VOLLEDIG", "heerde:ONDERDELEN");
    assertThat(depot.objectives()).containsExactly(3, 5);
  }

  @Test
  void shouldRefuseFourFocusPoints() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    List<Map<String, Object>> four =
        List.of(
            point("1", "Beleidsblauwdrukken", "epe", List.of("epe", "heerde")),
            point("2", "Circulaire inkoop", "voorst", List.of("voorst", "brummen")),
            point("3", "Materialendepot", "apeldoorn", List.of("apeldoorn", "epe")),
            point("4", "Onderwijshuisvesting", "deventer", List.of("deventer", "zutphen")));

    // when
    Map<String, Object> result = worker.validate(year, four);

    // then
    assertThat(result).containsEntry("voorstelGeldig", false).doesNotContainKey("voorstelRonde");
    assertThat(WorkerResults.<String>list(result, "voorstelFouten"))
        .containsExactly("Een voorstel bevat maximaal 3 focuspunten; dit voorstel heeft er 4.");
    assertThat(proposals.findByYearCodeOrderByRound(year)).isEmpty();
  }

  @Test
  void shouldRefuseALeadThatDoesNotJoinAndAnUnknownMunicipality() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    List<Map<String, Object>> proposal =
        List.of(point("4", "Circulair bouwen", "deventer", List.of("zutphen", "amsterdam")));

    // when
    Map<String, Object> result = worker.validate(year, proposal);

    // then
    assertThat(WorkerResults.<String>list(result, "voorstelFouten"))
        .containsExactly(
            "Focuspunt 1: de trekker (Deventer) moet zelf volledig meedoen.",
            "Focuspunt 1: onbekende gemeente 'amsterdam'.");
  }

  @Test
  void shouldRefuseAPointWithoutThemeIdeaOrOtherParticipants() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    List<Map<String, Object>> proposal = List.of(point("9", " ", "epe", List.of("epe")));

    // when
    Map<String, Object> result = worker.validate(year, proposal);

    // then
    assertThat(WorkerResults.<String>list(result, "voorstelFouten"))
        .containsExactly(
            "Focuspunt 1: kies een van de zes thema's.",
            "Focuspunt 1: beschrijf een concreet projectidee.",
            "Focuspunt 1: naast de trekker doet minstens één andere gemeente mee (volledig of op"
                + " onderdelen).");
  }

  @Test
  void shouldRefuseMunicipalitiesOutsideTheYearAndPartsWithoutDescription() {
    // given
    String year = TestYears.register(years, List.of("epe", "heerde"));
    List<Map<String, Object>> proposal =
        List.of(
            point(
                "2",
                "Circulaire inkoop",
                "epe",
                List.of("epe"),
                List.of("heerde", "lochem"),
                null));

    // when
    Map<String, Object> result = worker.validate(year, proposal);

    // then
    assertThat(WorkerResults.<String>list(result, "voorstelFouten"))
        .containsExactly(
            "Focuspunt 1: Lochem doet niet mee in " + year + ".",
            "Focuspunt 1: beschrijf aan welke onderdelen gemeenten op onderdelen meedoen.");
  }

  @Test
  void shouldRefuseAnEmptyProposal() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> result = worker.validate(year, null);

    // then
    assertThat(WorkerResults.<String>list(result, "voorstelFouten"))
        .containsExactly("Een voorstel bevat minstens één focuspunt.");
  }

  @Test
  void shouldReturnTheSameRoundWhenTheSameProposalIsDeliveredTwice() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    worker.validate(year, FocusPoints.validProposal());

    // when
    Map<String, Object> again = worker.validate(year, FocusPoints.validProposal());

    // then
    assertThat(again).containsEntry("voorstelRonde", 1);
    assertThat(proposals.findByYearCodeOrderByRound(year)).hasSize(1);
  }

  @Test
  void shouldReplaceAnOpenRoundWhenADifferentProposalArrives() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    worker.validate(year, FocusPoints.validProposal());

    // when
    Map<String, Object> changed =
        worker.validate(
            year,
            List.of(
                point("5", "CO2-winst uit hergebruik", "zutphen", List.of("zutphen", "brummen"))));

    // then
    assertThat(changed).containsEntry("voorstelRonde", 2);
    assertThat(proposals.findByYearCodeOrderByRound(year))
        .extracting(FocusProposal::status)
        .containsExactly(ProposalStatus.VERVANGEN, ProposalStatus.INGEDIEND);
  }
}
