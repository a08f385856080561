package nl.stedendriehoek.kringloop.workers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A concrete result of a project with its due date; delivered once, with evidence. */
@Entity
@Table(schema = "domain", name = "result")
public class Result {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @Column(nullable = false)
  private short position;

  @Column(nullable = false)
  private String description;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResultStatus status;

  private String evidence;

  @Column(name = "evidence_link")
  private String evidenceLink;

  @Column(name = "delivered_by")
  private String deliveredBy;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected Result() {}

  Result(Project project, int position, String description, LocalDate dueDate) {
    this.project = project;
    this.position = (short) position;
    this.description = description;
    this.dueDate = dueDate;
    this.status = ResultStatus.OPEN;
  }

  void replan(String description, LocalDate dueDate) {
    this.description = description;
    this.dueDate = dueDate;
  }

  /** Records the delivery; the same delivery again is a no-op, a different one is refused. */
  boolean deliver(String evidence, String evidenceLink, String by, Instant at) {
    if (status == ResultStatus.GELEVERD) {
      return evidence.equals(this.evidence);
    }
    this.status = ResultStatus.GELEVERD;
    this.evidence = evidence;
    this.evidenceLink = evidenceLink;
    this.deliveredBy = by;
    this.deliveredAt = at;
    return true;
  }

  void notDelivered() {
    if (status == ResultStatus.OPEN) {
      status = ResultStatus.NIET_GELEVERD;
    }
  }

  public Long id() {
    return id;
  }

  public Project project() {
    return project;
  }

  public int position() {
    return position;
  }

  public String description() {
    return description;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public ResultStatus status() {
    return status;
  }

  public String evidence() {
    return evidence;
  }

  public String evidenceLink() {
    return evidenceLink;
  }

  public String deliveredBy() {
    return deliveredBy;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
