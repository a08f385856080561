package nl.stedendriehoek.kringloop.workers.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One quarterly progress report of a project; recorded once per job. */
@Entity
@Table(schema = "domain", name = "progress_report")
public class ProgressReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_key", nullable = false)
  private long jobKey;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProgressStatus status;

  @Column(nullable = false)
  private String report;

  @Column(name = "reported_by")
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected ProgressReport() {}

  ProgressReport(long jobKey, long projectId, ProgressStatus status, String report, String reportedBy,
      Instant reportedAt) {
    this.jobKey = jobKey;
    this.projectId = projectId;
    this.status = status;
    this.report = report;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
  }

  public Long id() {
    return id;
  }

  public long projectId() {
    return projectId;
  }

  public ProgressStatus status() {
    return status;
  }

  public String report() {
    return report;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
