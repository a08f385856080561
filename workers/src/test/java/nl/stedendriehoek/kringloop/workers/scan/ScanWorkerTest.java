package nl.stedendriehoek.kringloop.workers.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.WorkerResults;
import nl.stedendriehoek.kringloop.workers.year.YearPhase;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ScanWorkerTest {

  @Autowired ScanWorker worker;
  @Autowired YearWorker years;
  @Autowired YearRepository yearRepository;
  @Autowired ThemeScanRepository scans;

  @Test
  void shouldRecordACompleteScanWithAnAnswerPerTheme() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> result = worker.record(year, "epe", ScanAnswers.uniform(4, "deelnemer"));

    // then
    assertThat(result).containsEntry("scanGeldig", true).containsEntry("scanFouten", List.of());
    ThemeScan scan = scans.findByYearCodeAndMunicipalityCode(year, "epe").orElseThrow();
    assertThat(scan.answers())
        .hasSize(6)
        .allMatch(answer -> answer.relevance() == 4 && answer.role() == ScanRole.DEELNEMER);
    assertThat(scan.answers().get(2).capacityHours()).isEqualTo(30);
  }

  @Test
  void shouldRefuseOutOfRangeScoresAndUnknownRolesAndStoreNothing() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    List<Map<String, Object>> answers =
        ScanAnswers.of(
            new int[] {0, 6, 3, 3, 3, 3},
            new String[] {"trekker", "trekker", "baas", "niet", "niet", "niet"});

    // when
    Map<String, Object> result = worker.record(year, "lochem", answers);

    // then
    assertThat(result).containsEntry("scanGeldig", false);
    assertThat(WorkerResults.<String>list(result, "scanFouten"))
        .containsExactly(
            "Thema 1 (Synchroniseren circulair beleid): relevantie moet een geheel getal van 1 tot"
                + " en met 5 zijn.",
            "Thema 2 (Circulaire goederen): relevantie moet een geheel getal van 1 tot en met 5"
                + " zijn.",
            "Thema 3 (Circulaire openbare ruimte): kies een rol (trekker, deelnemer, volger of"
                + " niet).");
    assertThat(scans.findByYearCodeAndMunicipalityCode(year, "lochem")).isEmpty();
  }

  @Test
  void shouldRefuseAScanWithAMissingTheme() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    List<Map<String, Object>> fiveThemes = ScanAnswers.uniform(3, "volger").subList(0, 5);

    // when
    Map<String, Object> result = worker.record(year, "voorst", fiveThemes);

    // then
    assertThat(WorkerResults.<String>list(result, "scanFouten"))
        .containsExactly("Thema 6 (Circulaire industrie): nog niet ingevuld.");
  }

  @Test
  void shouldRefuseAScanFromAMunicipalityThatDoesNotTakePart() {
    // given
    String year = TestYears.register(years, List.of("deventer", "zutphen"));

    // when
    Map<String, Object> result = worker.record(year, "epe", ScanAnswers.uniform(3, "volger"));

    // then
    assertThat(WorkerResults.<String>list(result, "scanFouten"))
        .containsExactly("Gemeente 'epe' doet niet mee in " + year + ".");
  }

  @Test
  void shouldReplaceTheAnswersWhenAMunicipalitySubmitsAgain() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    worker.record(year, "heerde", ScanAnswers.uniform(2, "volger"));

    // when
    worker.record(year, "heerde", ScanAnswers.uniform(5, "trekker"));

    // then
    ThemeScan scan = scans.findByYearCodeAndMunicipalityCode(year, "heerde").orElseThrow();
    assertThat(scan.answers())
        .hasSize(6)
        .allMatch(answer -> answer.relevance() == 5 && answer.role() == ScanRole.TREKKER);
  }

  @Test
  void shouldRankThemesByRelevanceThenLeadsAndListMissingScans() {
    // given
    String year = TestYears.register(years, List.of("apeldoorn", "deventer", "zutphen"));
    worker.record(
        year,
        "apeldoorn",
        ScanAnswers.of(
            new int[] {3, 5, 2, 4, 4, 1},
            new String[] {"deelnemer", "trekker", "niet", "trekker", "volger", "niet"}));
    worker.record(
        year,
        "deventer",
        ScanAnswers.of(
            new int[] {3, 4, 2, 4, 4, 1},
            new String[] {"deelnemer", "deelnemer", "niet", "deelnemer", "volger", "niet"}));

    // when
    Map<String, Object> result = worker.aggregate(year);

    // then
    List<Map<String, Object>> scores = WorkerResults.list(result, "themaScores");
    assertThat(scores).extracting(score -> score.get("thema")).containsExactly(2, 4, 5, 1, 3, 6);
    assertThat(scores.get(0))
        .containsEntry("gemiddeldeRelevantie", 4.5)
        .containsEntry("trekkers", List.of("apeldoorn"))
        .containsEntry("aantalTrekkers", 1)
        .containsEntry("deelnemers", List.of("deventer"))
        .containsEntry("aantalBetrokken", 2)
        .containsEntry("capaciteitUren", 40)
        .containsEntry("rang", 1);
    assertThat(scores.get(1))
        .containsEntry("gemiddeldeRelevantie", 4.0)
        .containsEntry("aantalTrekkers", 1);
    assertThat(scores.get(2))
        .containsEntry("gemiddeldeRelevantie", 4.0)
        .containsEntry("aantalTrekkers", 0);
    assertThat(result.get("ingeleverdeScans")).isEqualTo(List.of("apeldoorn", "deventer"));
    assertThat(result.get("ontbrekendeScans")).isEqualTo(List.of("zutphen"));
    assertThat(yearRepository.findByCode(year).orElseThrow().phase())
        .isEqualTo(YearPhase.FOCUSVOORSTEL);
  }

  @Test
  void shouldScoreEveryThemeZeroWhenNoScanCameIn() {
    // given
    String year = TestYears.register(years, List.of("brummen"));

    // when
    Map<String, Object> result = worker.aggregate(year);

    // then
    List<Map<String, Object>> scores = WorkerResults.list(result, "themaScores");
    assertThat(scores).hasSize(6).allMatch(score -> score.get("gemiddeldeRelevantie").equals(0.0));
    assertThat(result.get("ontbrekendeScans")).isEqualTo(List.of("brummen"));
  }

  @Test
  void shouldExtendTheDeadlineWithNewTimerMoments() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> result = worker.extendDeadline(year, "2026-02-27");

    // then
    assertThat(result)
        .containsEntry("verlengingGeldig", true)
        .containsEntry("scanDeadlineDatum", "27 februari 2026")
        .containsEntry("scanDeadlineMoment", "2026-02-27T17:00:00+01:00")
        .containsEntry("scanHerinneringMoment", "2026-02-24T09:00:00+01:00");
  }

  @Test
  void shouldRefuseAnExtensionInThePastOrBeyondTheProposalDeadline() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> past = worker.extendDeadline(year, "2026-01-02");
    Map<String, Object> tooLate = worker.extendDeadline(year, "2026-04-15");

    // then
    assertThat(past)
        .containsEntry("verlengingGeldig", false)
        .doesNotContainKey("scanDeadlineMoment");
    assertThat(WorkerResults.<String>list(past, "verlengingFouten"))
        .containsExactly("De nieuwe deadline moet na vandaag liggen.");
    assertThat(WorkerResults.<String>list(tooLate, "verlengingFouten"))
        .containsExactly(
            "De nieuwe deadline ligt na de deadline van het focusvoorstel (2026-03-31).");
  }
}
