package nl.stedendriehoek.kringloop.workers.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposal;
import nl.stedendriehoek.kringloop.workers.focus.FocusProposalRepository;
import nl.stedendriehoek.kringloop.workers.focus.ProposalStatus;
import nl.stedendriehoek.kringloop.workers.participant.Participant;
import nl.stedendriehoek.kringloop.workers.participant.ParticipantRepository;
import nl.stedendriehoek.kringloop.workers.year.YearRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the AB's decisions. A decision is registered whole or not at all: the register entry
 * and the proposal's new status commit together, and a refused decision leaves no trace.
 */
@Service
public class DecisionService {

  static final String AB_GROUP = "ab";

  private final DecisionRepository decisions;
  private final FocusProposalRepository proposals;
  private final ParticipantRepository participants;
  private final YearRepository years;
  private final Clock clock;

  public DecisionService(
      DecisionRepository decisions,
      FocusProposalRepository proposals,
      ParticipantRepository participants,
      YearRepository years,
      ObjectProvider<Clock> clocks) {
    this.decisions = decisions;
    this.proposals = proposals;
    this.participants = participants;
    this.years = years;
    this.clock = DomainClock.of(clocks);
  }

  /** The registered decision, or the reasons (in Dutch, for the AB's form) it was refused. */
  public record Registration(Optional<Decision> decision, List<String> errors) {}

  /**
   * Registers the decision once per year, gate and round; the same decision delivered again (a
   * redelivered job) returns the entry already in the register.
   */
  @Transactional
  public Registration register(DecisionRequest request) {
    years.require(request.yearCode());
    Optional<Decision> existing =
        decisions.findByYearCodeAndGateAndRound(
            request.yearCode(), request.gate(), request.round());
    if (existing.isPresent()) {
      return existing.get().sameAs(request)
          ? new Registration(existing, List.of())
          : refused(
              "Over ronde "
                  + request.round()
                  + " is al besloten: "
                  + existing.get().outcome().formValue()
                  + ".");
    }
    List<String> errors = validate(request);
    Optional<FocusProposal> proposal = Optional.empty();
    if (errors.isEmpty() && request.gate() == DecisionGate.FOCUSPUNTEN) {
      proposal = proposals.findByYearCodeAndRound(request.yearCode(), request.round());
      if (proposal.isEmpty() || proposal.get().status() != ProposalStatus.INGEDIEND) {
        errors.add(
            "Er ligt geen ingediend focusvoorstel (ronde "
                + request.round()
                + ") ter besluitvorming.");
      }
    }
    if (!errors.isEmpty()) {
      return new Registration(Optional.empty(), errors);
    }
    proposal.ifPresent(open -> open.decided(ProposalStatus.valueOf(request.outcome().name())));
    Decision decision =
        decisions.save(
            new Decision(request, proposal.map(FocusProposal::id).orElse(null), clock.instant()));
    return new Registration(Optional.of(decision), List.of());
  }

  private List<String> validate(DecisionRequest request) {
    List<String> errors = new ArrayList<>();
    if (request.outcome() == null || !request.gate().allows(request.outcome())) {
      errors.add("Kies een geldig besluit voor dit beslismoment.");
    }
    boolean fromAb =
        request.decidedBy() != null
            && participants
                .findByUsername(request.decidedBy())
                .filter(Participant::active)
                .filter(participant -> participant.groups().contains(AB_GROUP))
                .isPresent();
    if (!fromAb) {
      errors.add(
          "Alleen een lid van het Algemeen Bestuur kan dit besluit vastleggen; '"
              + (request.decidedBy() == null ? "" : request.decidedBy())
              + "' is dat niet.");
    }
    if (request.outcome() == DecisionOutcome.AFGEWEZEN && request.rationale() == null) {
      errors.add("Geef bij afwijzen feedback, zodat de kwartiermaker het voorstel kan verbeteren.");
    }
    if (request.outcome() == DecisionOutcome.GOEDGEKEURD_MET_WIJZIGINGEN
        && request.changes() == null) {
      errors.add("Beschrijf bij goedkeuren met wijzigingen welke wijzigingen het AB vraagt.");
    }
    return errors;
  }

  private static Registration refused(String reason) {
    return new Registration(Optional.empty(), List.of(reason));
  }
}
