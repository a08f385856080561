package nl.stedendriehoek.kringloop.console.messages;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.workers.notification.NotificationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's e-mail choices per notification kind; every kind is on until they switch it off. */
@Service
class NotificationPreferences {

  private final NotificationPreferenceRepository preferences;

  NotificationPreferences(NotificationPreferenceRepository preferences) {
    this.preferences = preferences;
  }

  @Transactional(readOnly = true)
  Map<NotificationKind, Boolean> of(String username) {
    Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
    for (NotificationKind kind : NotificationKind.values()) {
      choices.put(kind, true);
    }
    preferences.findByUsername(username).forEach(p -> choices.put(p.kind(), p.email()));
    return choices;
  }

  /** Stores the user's choice for every kind: the kinds in {@code wanted} on, the others off. */
  @Transactional
  void choose(String username, Set<NotificationKind> wanted) {
    for (NotificationKind kind : NotificationKind.values()) {
      boolean email = wanted.contains(kind);
      preferences.findByUsernameAndKind(username, kind)
          .ifPresentOrElse(p -> p.choose(email), () -> preferences.save(new NotificationPreference(username, kind, email)));
    }
  }
}
