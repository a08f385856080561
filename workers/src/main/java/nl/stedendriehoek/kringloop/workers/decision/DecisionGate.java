package nl.stedendriehoek.kringloop.workers.decision;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The AB's decision gates of a year and the outcomes each allows. */
public enum DecisionGate {
  FOCUSPUNTEN(
      EnumSet.of(
          DecisionOutcome.GOEDGEKEURD,
          DecisionOutcome.GOEDGEKEURD_MET_WIJZIGINGEN,
          DecisionOutcome.AFGEWEZEN)),
  JAARPLAN(EnumSet.of(DecisionOutcome.GOEDGEKEURD, DecisionOutcome.AFGEWEZEN)),
  GO_NO_GO(
      EnumSet.of(
          DecisionOutcome.VOORTZETTEN,
          DecisionOutcome.UITBREIDEN,
          DecisionOutcome.AFSCHALEN,
          DecisionOutcome.STOPPEN));

  private final Set<DecisionOutcome> outcomes;

  DecisionGate(Set<DecisionOutcome> outcomes) {
    this.outcomes = outcomes;
  }

  public boolean allows(DecisionOutcome outcome) {
    return outcomes.contains(outcome);
  }

  /** Reads the BPMN value ({@code focuspunten}, {@code go-no-go} …); empty when unknown. */
  public static Optional<DecisionGate> fromProcessValue(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
