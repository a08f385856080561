package nl.stedendriehoek.kringloop.console.messages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.stedendriehoek.kringloop.workers.notification.NotificationKind;

/** Whether a user wants e-mail for one kind of notification (no row: yes). */
@Entity
@Table(schema = "domain", name = "notification_preference")
public class NotificationPreference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private NotificationKind kind;

  @Column(nullable = false)
  private boolean email;

  protected NotificationPreference() {}

  NotificationPreference(String username, NotificationKind kind, boolean email) {
    this.username = username;
    this.kind = kind;
    this.email = email;
  }

  NotificationKind kind() {
    return kind;
  }

  boolean email() {
    return email;
  }

  void choose(boolean email) {
    this.email = email;
  }
}
