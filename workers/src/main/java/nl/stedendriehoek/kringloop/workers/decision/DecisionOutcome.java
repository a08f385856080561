package nl.stedendriehoek.kringloop.workers.decision;

import java.util.Locale;
import java.util.Optional;

/**
 * What the AB decided; the form values are the kebab-case names ({@code
 * goedgekeurd-met-wijzigingen}).
 */
public enum DecisionOutcome {
  GOEDGEKEURD,
  GOEDGEKEURD_MET_WIJZIGINGEN,
  AFGEWEZEN,
  VOORTZETTEN,
  UITBREIDEN,
  AFSCHALEN,
  STOPPEN;

  public static Optional<DecisionOutcome> fromFormValue(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  public String formValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
