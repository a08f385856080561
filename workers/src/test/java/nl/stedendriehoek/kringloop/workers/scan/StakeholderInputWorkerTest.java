package nl.stedendriehoek.kringloop.workers.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.WorkerResults;
import nl.stedendriehoek.kringloop.workers.document.DocumentRepository;
import nl.stedendriehoek.kringloop.workers.document.DocumentWorker;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class StakeholderInputWorkerTest {

  @Autowired StakeholderInputWorker worker;
  @Autowired StakeholderInputRepository inputs;
  @Autowired YearWorker years;
  @Autowired DocumentWorker documents;
  @Autowired DocumentRepository documentRepository;

  @Test
  void shouldStoreTheInputAndShowItInTheScanReport() throws Exception {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> result =
        worker.record(
            newJobKey(),
            year,
            "Circulus",
            List.of("3", "6"),
            "Wij zoeken gemeenten voor een gedeeld materialendepot.");
    Map<String, Object> report = documents.scanReport(newJobKey(), year, List.of());

    // then
    assertThat(result).containsEntry("stakeholderInputGeldig", true);
    StakeholderInput stored = inputs.findByYearCodeOrderByCreatedAt(year).get(0);
    assertThat(stored.organisation()).isEqualTo("Circulus");
    assertThat(stored.themes()).containsExactly(3, 6);
    byte[] pdf =
        documentRepository
            .findById((Long) report.get("scanrapportDocumentId"))
            .orElseThrow()
            .content();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Input van stakeholders")
          .contains("Wij zoeken gemeenten voor een gedeeld materialendepot.");
    }
  }

  @Test
  void shouldRefuseInputWithoutOrganisationOrTextAndStoreNothing() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    Map<String, Object> result = worker.record(newJobKey(), year, " ", List.of("7"), null);

    // then
    assertThat(result).containsEntry("stakeholderInputGeldig", false);
    assertThat(WorkerResults.<String>list(result, "stakeholderInputFouten"))
        .containsExactly(
            "Vul de naam van uw organisatie in.",
            "Beschrijf uw input voor de themascan.",
            "Kies alleen uit de zes thema's.");
    assertThat(inputs.findByYearCodeOrderByCreatedAt(year)).isEmpty();
  }

  @Test
  void shouldStoreInputOnceWhenTheJobIsDeliveredTwice() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    long jobKey = newJobKey();
    worker.record(jobKey, year, "Saxion", List.of("4"), "Onderzoek naar biobased bouwen.");

    // when
    worker.record(jobKey, year, "Saxion", List.of("4"), "Onderzoek naar biobased bouwen.");

    // then
    assertThat(inputs.findByYearCodeOrderByCreatedAt(year)).hasSize(1);
  }

  private static long newJobKey() {
    return ThreadLocalRandom.current().nextLong(1L << 51, Long.MAX_VALUE);
  }
}
