package nl.stedendriehoek.kringloop.workers.notification;

import java.util.Locale;
import java.util.Optional;

/** Why a group gets a message; each kind has its subject prefix and opening line (Dutch). */
public enum NotificationKind {
  NIEUWE_TAAK("Nieuwe taak", "Er staat een nieuwe taak voor uw groep klaar in Kringloop."),
  HERINNERING("Herinnering", "Een taak van uw groep nadert de deadline."),
  ESCALATIE("Escalatie", "Er is een deadline verstreken of in gevaar; uw actie is nodig."),
  BESLUIT_GEPUBLICEERD("Besluit", "Het Algemeen Bestuur heeft een besluit genomen."),
  OVERLEG_UITNODIGING("Uitnodiging", "U bent uitgenodigd voor een overleg; de agenda staat hieronder, de afspraak is"
      + " bijgevoegd (.ics)."),
  NOTULEN("Notulen", "De notulen van het overleg zijn vastgesteld.");

  private final String subjectPrefix;
  private final String openingLine;

  NotificationKind(String subjectPrefix, String openingLine) {
    this.subjectPrefix = subjectPrefix;
    this.openingLine = openingLine;
  }

  public String subjectPrefix() {
    return subjectPrefix;
  }

  public String openingLine() {
    return openingLine;
  }

  /** Reads the BPMN value ({@code nieuwe-taak}, {@code herinnering} …); empty when unknown. */
  public static Optional<NotificationKind> fromProcessValue(String value) {
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
