package nl.stedendriehoek.kringloop.workers.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.document.Document;
import nl.stedendriehoek.kringloop.workers.document.DocumentKind;
import nl.stedendriehoek.kringloop.workers.document.DocumentRepository;
import nl.stedendriehoek.kringloop.workers.plan.ExecutionService;
import nl.stedendriehoek.kringloop.workers.plan.PlanService;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Recording a quarterly progress report also makes its PDF, listed with the year's documents. */
@SpringBootTest
class ProgressReportDocumentTest {

  @Autowired ProgressService progress;
  @Autowired PlanService plans;
  @Autowired ExecutionService execution;
  @Autowired DocumentRepository documents;
  @Autowired YearWorker years;

  @Test
  void shouldWriteTheProgressReportAsAPdfWithTheResultsAgainstThePlan() throws IOException {
    // given: a running project with one of its two results delivered
    String year = TestYears.register(years, TestYears.ALL);
    Map<String, Object> project = runningProject(year);
    execution.deliver(id(project), resultId(project, 0), "Startnotitie vastgesteld door de stuurgroep.",
        "https://example.org/startnotitie.pdf", "deventer");

    // when
    ProgressService.Recorded recorded = progress.record(newJobKey(), id(project), ProgressStatus.RISICO,
        "De aanbesteding loopt vertraging op door de krappe bouwmarkt.", "deventer");

    // then
    Document document = documents.findById(recorded.document().id()).orElseThrow();
    assertThat(document.kind()).isEqualTo(DocumentKind.VOORTGANGSRAPPORTAGE);
    assertThat(document.yearCode()).isEqualTo(year);
    assertThat(document.contentType()).isEqualTo("application/pdf");
    assertThat(document.title()).startsWith("Voortgangsrapportage Circulaire schoolgebouwen Q");
    assertThat(document.fileName()).startsWith("voortgangsrapportage-circulaire-schoolgebouwen-q").endsWith(".pdf");
    assertThat(text(document))
        .contains("Voortgangsrapportage Circulaire schoolgebouwen")
        .contains("trekker: Deventer")
        .contains("gerapporteerd door deventer")
        .contains("Stand van zaken: risico")
        .contains("De aanbesteding loopt vertraging op door de krappe bouwmarkt.")
        .contains("1 van 2 resultaten geleverd")
        .contains("Startnotitie en werkafspraken").contains("30 juni 2026")
        .contains("Startnotitie vastgesteld door de stuurgroep. (https://example.org/startnotitie.pdf)")
        .contains("Eerste schoolgebouw aanbesteed").contains("31 oktober 2026");
  }

  @Test
  void shouldKeepOneReportAndOneDocumentWhenTheJobIsDeliveredTwice() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    Map<String, Object> project = runningProject(year);
    long jobKey = newJobKey();
    ProgressService.Recorded first = progress.record(jobKey, id(project), ProgressStatus.OP_SCHEMA, "Op koers.",
        "deventer");

    // when
    ProgressService.Recorded again = progress.record(jobKey, id(project), ProgressStatus.OP_SCHEMA, "Op koers.",
        "deventer");

    // then
    assertThat(again.report().id()).isEqualTo(first.report().id());
    assertThat(again.document().id()).isEqualTo(first.document().id());
    assertThat(documents.findByYearCodeOrderByCreatedAt(year))
        .filteredOn(d -> d.kind() == DocumentKind.VOORTGANGSRAPPORTAGE).hasSize(1);
  }

  private Map<String, Object> runningProject(String year) {
    PlanService.Recorded recorded = plans.recordProjectPlan(year,
        Map.of("positie", 1, "thema", 4, "trekker", "deventer"),
        Map.of("projectTitel", "Circulaire schoolgebouwen",
            "projectDoelen", "Biobased onderwijshuisvesting samen aanbesteden.",
            "projectResultaten", List.of(
                Map.of("omschrijving", "Startnotitie en werkafspraken", "deadline", "2026-06-30"),
                Map.of("omschrijving", "Eerste schoolgebouw aanbesteed", "deadline", "2026-10-31")),
            "projectBudget", 50000, "projectUren", 800,
            "projectDeelnemers", List.of("deventer", "zutphen"), "projectDoelstellingen", List.of("3", "6")));
    assertThat(recorded.errors()).isEmpty();
    return plans.startExecution(year).get(0);
  }

  private static long id(Map<String, Object> project) {
    return ((Number) project.get("projectId")).longValue();
  }

  private static long resultId(Map<String, Object> project, int index) {
    List<?> results = (List<?>) project.get("resultaten");
    return ((Number) ((Map<?, ?>) results.get(index)).get("resultaatId")).longValue();
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
