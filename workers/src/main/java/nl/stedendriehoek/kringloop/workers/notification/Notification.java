package nl.stedendriehoek.kringloop.workers.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message in the outbox, addressed to a group. A sender delivers it (SMTP when configured) and
 * marks it sent; until then the console shows it to the group's members.
 */
@Entity
@Table(schema = "domain", name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_key", nullable = false, updatable = false)
  private long jobKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private NotificationKind kind;

  @Column(name = "year_code", updatable = false)
  private String yearCode;

  @Column(name = "recipient_group", nullable = false, updatable = false)
  private String recipientGroup;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "attachment_name")
  private String attachmentName;

  @Column(name = "attachment_type")
  private String attachmentType;

  private byte[] attachment;

  protected Notification() {}

  Notification(
      long jobKey,
      NotificationKind kind,
      String yearCode,
      String recipientGroup,
      String subject,
      String body,
      Instant createdAt) {
    this.jobKey = jobKey;
    this.kind = kind;
    this.yearCode = yearCode;
    this.recipientGroup = recipientGroup;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  void attach(Attachment file) {
    this.attachmentName = file.name();
    this.attachmentType = file.contentType();
    this.attachment = file.content().clone();
  }

  /** The file sent along (e.g. a meeting's .ics), if any. */
  public java.util.Optional<Attachment> attachment() {
    return attachment == null ? java.util.Optional.empty()
        : java.util.Optional.of(new Attachment(attachmentName, attachmentType, attachment.clone()));
  }

  /** The sender delivered it; a message is sent once. */
  public void markSent(Instant at) {
    if (sentAt != null) {
      throw new IllegalStateException("Notification " + id + " was already sent at " + sentAt);
    }
    sentAt = at;
  }

  public Long id() {
    return id;
  }

  public long jobKey() {
    return jobKey;
  }

  public NotificationKind kind() {
    return kind;
  }

  public String yearCode() {
    return yearCode;
  }

  public String recipientGroup() {
    return recipientGroup;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
