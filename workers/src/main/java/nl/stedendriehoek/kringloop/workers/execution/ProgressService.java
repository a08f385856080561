package nl.stedendriehoek.kringloop.workers.execution;

import java.time.Clock;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records quarterly progress reports, once per job. */
@Service
public class ProgressService {

  private final ProgressReportRepository reports;
  private final Clock clock;

  public ProgressService(ProgressReportRepository reports, ObjectProvider<Clock> clocks) {
    this.reports = reports;
    this.clock = DomainClock.of(clocks);
  }

  @Transactional
  public ProgressReport record(long jobKey, long projectId, ProgressStatus status, String text, String by) {
    return reports.findByJobKey(jobKey).orElseGet(() -> reports.save(
        new ProgressReport(jobKey, projectId, status, text, by, clock.instant())));
  }
}
