package nl.stedendriehoek.kringloop.workers.focus;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One round of the kwartiermaker's focus proposal: at most three focus points. Only valid proposals
 * become a round. The status moves through the transitions below and nowhere else.
 */
@Entity
@Table(schema = "domain", name = "focus_proposal")
public class FocusProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "year_code", nullable = false)
  private String yearCode;

  @Column(nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalStatus status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @OneToMany(
      mappedBy = "proposal",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("position")
  private Set<FocusPoint> points = new LinkedHashSet<>();

  protected FocusProposal() {}

  FocusProposal(String yearCode, int round, List<FocusPointDraft> drafts, Instant submittedAt) {
    this.yearCode = yearCode;
    this.round = round;
    this.status = ProposalStatus.INGEDIEND;
    this.submittedAt = submittedAt;
    for (int i = 0; i < drafts.size(); i++) {
      points.add(new FocusPoint(this, i + 1, drafts.get(i)));
    }
  }

  /** Whether this is the same proposal again (a redelivered job), point for point. */
  boolean sameAs(List<FocusPointDraft> drafts) {
    List<FocusPoint> mine = points();
    if (mine.size() != drafts.size()) {
      return false;
    }
    for (int i = 0; i < drafts.size(); i++) {
      if (!mine.get(i).sameAs(drafts.get(i))) {
        return false;
      }
    }
    return true;
  }

  void supersede() {
    requireStatus(ProposalStatus.INGEDIEND, "supersede");
    status = ProposalStatus.VERVANGEN;
  }

  /** The AB's outcome on this round; only a submitted round can be decided on. */
  public void decided(ProposalStatus outcome) {
    if (outcome != ProposalStatus.GOEDGEKEURD
        && outcome != ProposalStatus.GOEDGEKEURD_MET_WIJZIGINGEN
        && outcome != ProposalStatus.AFGEWEZEN) {
      throw new IllegalArgumentException("A decision cannot set status " + outcome);
    }
    requireStatus(ProposalStatus.INGEDIEND, "record decision " + outcome + " on");
    status = outcome;
  }

  /**
   * Makes these the year's focus points: an approved round, or the changed round submitted after an
   * approval with changes ({@code changesApproved}).
   */
  void adopt(boolean changesApproved) {
    boolean adoptable =
        status == ProposalStatus.GOEDGEKEURD
            || (status == ProposalStatus.INGEDIEND && changesApproved);
    if (!adoptable) {
      throw new IllegalStateException(
          "Focus proposal "
              + yearCode
              + " round "
              + round
              + " is "
              + status
              + " and cannot be adopted");
    }
    status = ProposalStatus.VASTGESTELD;
  }

  private void requireStatus(ProposalStatus expected, String action) {
    if (status != expected) {
      throw new IllegalStateException(
          "Cannot "
              + action
              + " focus proposal "
              + yearCode
              + " round "
              + round
              + ": it is "
              + status
              + ", expected "
              + expected);
    }
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

  public ProposalStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public List<FocusPoint> points() {
    return new ArrayList<>(points);
  }
}
