package nl.stedendriehoek.kringloop.workers.scan;

import java.util.Locale;
import java.util.Optional;

/** The role a municipality intends to take on a theme. */
public enum ScanRole {
  TREKKER,
  DEELNEMER,
  VOLGER,
  NIET;

  /** Reads the form value ({@code trekker}, {@code deelnemer} …); empty when unknown. */
  public static Optional<ScanRole> fromFormValue(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  public String formValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
