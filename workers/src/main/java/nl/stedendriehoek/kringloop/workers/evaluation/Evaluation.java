package nl.stedendriehoek.kringloop.workers.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.stedendriehoek.kringloop.workers.decision.DecisionOutcome;

/** The kwartiermaker's findings and advice on a year; written once. */
@Entity
@Table(schema = "domain", name = "evaluation")
public class Evaluation {

  @Id
  @Column(name = "year_code")
  private String yearCode;

  @Column(nullable = false)
  private String findings;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionOutcome advice;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Evaluation() {}

  Evaluation(String yearCode, String findings, DecisionOutcome advice, Instant recordedAt) {
    this.yearCode = yearCode;
    this.findings = findings;
    this.advice = advice;
    this.recordedAt = recordedAt;
  }

  public String yearCode() {
    return yearCode;
  }

  public String findings() {
    return findings;
  }

  public DecisionOutcome advice() {
    return advice;
  }
}
