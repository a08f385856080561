package nl.stedendriehoek.kringloop.workers.document;

import java.time.Clock;
import java.util.Locale;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.plan.Project;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly progress report of a project as a PDF of its year, listed with the year's other
 * documents; once per job, so a redelivered job returns the document it made before.
 */
@Service
public class ProgressDocuments {

  private final DocumentRepository documents;
  private final PdfRenderer renderer;
  private final MunicipalityRepository municipalities;
  private final Clock clock;

  public ProgressDocuments(DocumentRepository documents, PdfRenderer renderer, MunicipalityRepository municipalities,
      ObjectProvider<Clock> clocks) {
    this.documents = documents;
    this.renderer = renderer;
    this.municipalities = municipalities;
    this.clock = DomainClock.of(clocks);
  }

  /** {@code status} as the participant chose it, e.g. "op schema"; the results are read from the project. */
  @Transactional
  public Document progressReport(long jobKey, Project project, String status, String text, String reportedBy,
      java.time.Instant reportedAt) {
    return documents.findByJobKey(jobKey).orElseGet(() -> {
      ProgressReportDocument document = new ProgressReportDocument(project,
          new ProgressReportDocument.Report(status, text, reportedBy, reportedAt),
          code -> municipalities.findAllByOrderByName().stream().filter(m -> m.code().equals(code))
              .map(Municipality::name).findFirst().orElse(code));
      String title = document.title();
      String fileName = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "") + ".pdf";
      return documents.save(new Document(jobKey, project.yearCode(), DocumentKind.VOORTGANGSRAPPORTAGE, title,
          fileName, renderer.render(document.xhtml()), clock.instant()));
    });
  }
}
