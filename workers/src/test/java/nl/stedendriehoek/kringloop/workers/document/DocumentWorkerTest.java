package nl.stedendriehoek.kringloop.workers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.focus.FocusPoints;
import nl.stedendriehoek.kringloop.workers.focus.FocusWorker;
import nl.stedendriehoek.kringloop.workers.scan.ScanAnswers;
import nl.stedendriehoek.kringloop.workers.scan.ScanWorker;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DocumentWorkerTest {

  @Autowired DocumentWorker worker;
  @Autowired DocumentRepository documents;
  @Autowired YearWorker years;
  @Autowired ScanWorker scans;
  @Autowired FocusWorker focus;

  @Test
  void shouldWriteTheScanReportWithHeatmapAndClassifiedRanking() throws IOException {
    // given
    String year = TestYears.register(years, List.of("apeldoorn", "lochem"));
    scans.record(
        year,
        "apeldoorn",
        ScanAnswers.of(
            new int[] {3, 2, 5, 4, 1, 2},
            new String[] {"deelnemer", "volger", "trekker", "deelnemer", "niet", "volger"}));
    List<Map<String, Object>> classified =
        List.of(
            Map.of(
                "thema", 3, "classificatie", "focuskandidaat", "toelichting", "Hoge relevantie."));

    // when
    Map<String, Object> result = worker.scanReport(newJobKey(), year, classified);

    // then
    Document report = documents.findById((Long) result.get("scanrapportDocumentId")).orElseThrow();
    assertThat(report.kind()).isEqualTo(DocumentKind.SCANRAPPORT);
    assertThat(report.contentType()).isEqualTo("application/pdf");
    assertThat(report.fileName()).isEqualTo("themascan-" + year.toLowerCase() + ".pdf");
    String text = text(report);
    assertThat(text)
        .contains("Themascan " + year)
        .contains("1 van 2 gemeenten leverden de scan in")
        .contains("Apeldoorn")
        .contains("5 T")
        .contains("geen scan")
        .contains("focuskandidaat");
  }

  @Test
  void shouldWriteTheFocusProposalRoundWithItsPointsAndParticipants() throws IOException {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    focus.validate(year, FocusPoints.validProposal());

    // when
    Map<String, Object> result = worker.proposal(newJobKey(), year, 1);

    // then
    Document proposal = documents.findById((Long) result.get("voorstelDocumentId")).orElseThrow();
    assertThat(proposal.title()).isEqualTo("Focusvoorstel " + year + " (ronde 1)");
    assertThat(text(proposal))
        .contains("Focuspunt 1: Circulair bouwen")
        .contains("Circulaire onderwijshuisvesting")
        .contains("Deventer, Lochem, Zutphen")
        .contains("Heerde levert materialen aan")
        .contains("3. Gezamenlijke beleidskaders");
  }

  @Test
  void shouldReturnTheSameDocumentWhenTheJobIsDeliveredTwice() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    long jobKey = newJobKey();
    Object first = worker.scanReport(jobKey, year, List.of()).get("scanrapportDocumentId");

    // when
    Object again = worker.scanReport(jobKey, year, List.of()).get("scanrapportDocumentId");

    // then
    assertThat(again).isEqualTo(first);
    assertThat(documents.findByYearCodeOrderByCreatedAt(year)).hasSize(1);
  }

  @Test
  void shouldFailTheJobForAProposalRoundThatDoesNotExist() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    long jobKey = newJobKey();

    // when / then
    assertThatThrownBy(() -> worker.proposal(jobKey, year, 4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Year " + year + " has no focus proposal round 4 for job " + jobKey);
  }

  private static String text(Document document) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(document.content())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private static long newJobKey() {
    return ThreadLocalRandom.current().nextLong(1L << 51, Long.MAX_VALUE);
  }
}
