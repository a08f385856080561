package nl.stedendriehoek.kringloop.workers.notification;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.reference.Municipality;
import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts messages for groups into the outbox, once per job and group. */
@Service
public class NotificationService {

  static final Set<String> FIXED_GROUPS =
      Set.of("kwartiermaker", "bestuurders", "ab", "stakeholders", "procesbeheer");

  private final NotificationRepository notifications;
  private final MunicipalityRepository municipalities;
  private final Clock clock;

  public NotificationService(
      NotificationRepository notifications,
      MunicipalityRepository municipalities,
      ObjectProvider<Clock> clocks) {
    this.notifications = notifications;
    this.municipalities = municipalities;
    this.clock = DomainClock.of(clocks);
  }

  /** What to tell whom; {@code details} is the process's own sentence about the task or event. */
  public record Message(
      long jobKey,
      NotificationKind kind,
      String yearCode,
      List<String> groups,
      String topic,
      String details) {}

  /**
   * Adds one outbox entry per group. A redelivered job (same job key) adds nothing new; an unknown
   * group is a modelling error and fails the job, naming the group.
   *
   * @return the number of entries added
   */
  @Transactional
  public int enqueue(Message message) {
    return enqueue(message, null);
  }

  /** As {@link #enqueue(Message)}, each entry carrying {@code attachment} (may be null). */
  @Transactional
  public int enqueue(Message message, Attachment attachment) {
    Set<String> known = new LinkedHashSet<>(FIXED_GROUPS);
    municipalities.findAllByOrderByName().stream()
        .map(Municipality::candidateGroup)
        .forEach(known::add);
    Set<String> groups = new LinkedHashSet<>(message.groups());
    groups.stream()
        .filter(group -> !known.contains(group))
        .findFirst()
        .ifPresent(
            group -> {
              throw new IllegalArgumentException(
                  "Unknown recipient group '"
                      + group
                      + "' in notification job "
                      + message.jobKey());
            });
    int added = 0;
    for (String group : groups) {
      if (!notifications.existsByJobKeyAndRecipientGroup(message.jobKey(), group)) {
        Notification notification =
            new Notification(
                message.jobKey(),
                message.kind(),
                message.yearCode(),
                group,
                subject(message),
                body(message),
                clock.instant());
        if (attachment != null) {
          notification.attach(attachment);
        }
        notifications.save(notification);
        added++;
      }
    }
    return added;
  }

  private static String subject(Message message) {
    String year = message.yearCode() == null ? "" : "[" + message.yearCode() + "] ";
    String subject = year + message.kind().subjectPrefix() + ": " + message.topic();
    return subject.length() <= 200 ? subject : subject.substring(0, 197) + "...";
  }

  private static String body(Message message) {
    StringBuilder body = new StringBuilder(message.kind().openingLine()).append("\n\n");
    body.append(message.topic()).append('\n');
    if (message.details() != null) {
      body.append('\n').append(message.details()).append('\n');
    }
    body.append("\nOpen Kringloop om de details te bekijken.\n");
    return body.toString();
  }
}
