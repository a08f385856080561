package nl.stedendriehoek.kringloop.workers.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * An entry in the decisions register: which gate of which year decided what, why, by whom and when.
 * Append-only: the entity has no setters and Hibernate never updates it ({@link Immutable}); the
 * database rejects UPDATE, DELETE and TRUNCATE by trigger as well.
 */
@Entity
@Immutable
@Table(schema = "domain", name = "decision")
public class Decision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "year_code", nullable = false, updatable = false)
  private String yearCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DecisionGate gate;

  @Column(nullable = false, updatable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private DecisionOutcome outcome;

  @Column(updatable = false)
  private String rationale;

  @Column(updatable = false)
  private String changes;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "proposal_id", updatable = false)
  private Long proposalId;

  protected Decision() {}

  Decision(DecisionRequest request, Long proposalId, Instant decidedAt) {
    this.yearCode = request.yearCode();
    this.gate = request.gate();
    this.round = request.round();
    this.outcome = request.outcome();
    this.rationale = request.rationale();
    this.changes = request.changes();
    this.decidedBy = request.decidedBy();
    this.decidedAt = decidedAt;
    this.proposalId = proposalId;
  }

  boolean sameAs(DecisionRequest request) {
    return outcome == request.outcome() && decidedBy.equals(request.decidedBy());
  }

  public Long id() {
    return id;
  }

  public String yearCode() {
    return yearCode;
  }

  public DecisionGate gate() {
    return gate;
  }

  public int round() {
    return round;
  }

  public DecisionOutcome outcome() {
    return outcome;
  }

  public String rationale() {
    return rationale;
  }

  public String changes() {
    return changes;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Long proposalId() {
    return proposalId;
  }
}
