package nl.stedendriehoek.kringloop.workers.execution;

import java.time.Clock;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.document.Document;
import nl.stedendriehoek.kringloop.workers.document.ProgressDocuments;
import nl.stedendriehoek.kringloop.workers.plan.ExecutionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records quarterly progress reports with their PDF ("Voortgangsrapportage"), once per job. */
@Service
public class ProgressService {

  /** The recorded report and its document. */
  public record Recorded(ProgressReport report, Document document) {}

  private final ProgressReportRepository reports;
  private final ExecutionService execution;
  private final ProgressDocuments documents;
  private final Clock clock;

  public ProgressService(ProgressReportRepository reports, ExecutionService execution, ProgressDocuments documents,
      ObjectProvider<Clock> clocks) {
    this.reports = reports;
    this.execution = execution;
    this.documents = documents;
    this.clock = DomainClock.of(clocks);
  }

  /** A redelivered job (same {@code jobKey}) returns the report and the document it made before. */
  @Transactional
  public Recorded record(long jobKey, long projectId, ProgressStatus status, String text, String by) {
    ProgressReport report = reports.findByJobKey(jobKey).orElseGet(() -> reports.save(
        new ProgressReport(jobKey, projectId, status, text, by, clock.instant())));
    Document document = documents.progressReport(jobKey, execution.require(projectId), report.status().label(),
        report.report(), report.reportedBy(), report.reportedAt());
    return new Recorded(report, document);
  }
}
