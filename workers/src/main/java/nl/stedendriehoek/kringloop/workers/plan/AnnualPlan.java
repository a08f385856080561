package nl.stedendriehoek.kringloop.workers.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One round of the annual plan put to the AB (its PDF in {@code document}). */
@Entity
@Table(schema = "domain", name = "annual_plan")
public class AnnualPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "year_code", nullable = false)
  private String yearCode;

  @Column(nullable = false)
  private int round;

  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AnnualPlan() {}

  AnnualPlan(String yearCode, int round, Instant createdAt) {
    this.yearCode = yearCode;
    this.round = round;
    this.createdAt = createdAt;
  }

  void documented(long documentId) {
    this.documentId = documentId;
  }

  public Long id() {
    return id;
  }

  public String yearCode() {
    return yearCode;
  }

  public int round() {
    return round;
  }

  public Long documentId() {
    return documentId;
  }
}
