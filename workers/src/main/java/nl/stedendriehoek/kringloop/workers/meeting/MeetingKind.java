package nl.stedendriehoek.kringloop.workers.meeting;

import java.util.Locale;
import java.util.Optional;

/** Ambtelijk overleg (civil servants) or bestuurlijk overleg (aldermen). */
public enum MeetingKind {
  AMBTELIJK,
  BESTUURLIJK;

  static Optional<MeetingKind> fromFormValue(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
