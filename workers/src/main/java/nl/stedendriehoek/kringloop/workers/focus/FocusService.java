package nl.stedendriehoek.kringloop.workers.focus;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.year.Year;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submits focus proposals as rounds and adopts the approved one as the year's focus points. */
@Service
public class FocusService {

  private final FocusProposalRepository proposals;
  private final YearRepository years;
  private final ProposalValidator validator;
  private final Clock clock;

  public FocusService(
      FocusProposalRepository proposals,
      YearRepository years,
      ProposalValidator validator,
      ObjectProvider<Clock> clocks) {
    this.proposals = proposals;
    this.years = years;
    this.validator = validator;
    this.clock = DomainClock.of(clocks);
  }

  /** A valid proposal stored as a round, or the reasons it is invalid (nothing stored). */
  public record Submission(Optional<FocusProposal> proposal, List<String> errors) {}

  /**
   * Validates and stores the proposal as the next round. The same proposal arriving again while its
   * round is still open (a redelivered job) returns that round instead of a new one; a different
   * proposal replaces an open round nobody decided on.
   */
  @Transactional
  public Submission submit(String yearCode, List<FocusPointDraft> points) {
    Year year = years.require(yearCode);
    List<String> errors = validator.validate(year, points);
    if (!errors.isEmpty()) {
      return new Submission(Optional.empty(), errors);
    }
    Optional<FocusProposal> latest = proposals.findFirstByYearCodeOrderByRoundDesc(yearCode);
    if (latest.isPresent() && latest.get().status() == ProposalStatus.INGEDIEND) {
      if (latest.get().sameAs(points)) {
        return new Submission(latest, List.of());
      }
      latest.get().supersede();
    }
    int round = latest.map(proposal -> proposal.round() + 1).orElse(1);
    FocusProposal proposal =
        proposals.save(new FocusProposal(yearCode, round, points, clock.instant()));
    return new Submission(Optional.of(proposal), List.of());
  }

  /**
   * Adopts the newest round as the year's focus points after the AB approved it (directly, or with
   * changes that the newest round carries). Adopting twice is a no-op.
   */
  @Transactional
  public FocusProposal adopt(String yearCode) {
    List<FocusProposal> rounds = proposals.findByYearCodeOrderByRound(yearCode);
    if (rounds.isEmpty()) {
      throw new IllegalStateException("Year " + yearCode + " has no focus proposal to adopt");
    }
    FocusProposal latest = rounds.get(rounds.size() - 1);
    if (latest.status() != ProposalStatus.VASTGESTELD) {
      boolean changesApproved =
          rounds.size() > 1
              && rounds.get(rounds.size() - 2).status()
                  == ProposalStatus.GOEDGEKEURD_MET_WIJZIGINGEN;
      latest.adopt(changesApproved);
      years.require(yearCode).focusPointsAdopted();
    }
    return latest;
  }
}
