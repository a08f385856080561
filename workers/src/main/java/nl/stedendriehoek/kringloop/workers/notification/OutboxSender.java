package nl.stedendriehoek.kringloop.workers.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.participant.Participant;
import nl.stedendriehoek.kringloop.workers.participant.ParticipantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the outbox by e-mail when SMTP is configured ({@code spring.mail.host}); without it,
 * messages stay in the outbox and the console shows them to the group. Each active member of the
 * recipient group gets their own mail. Delivery is at least once: a crash between sending and
 * committing sends that batch again. A failing message stays unsent and is retried next round.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class OutboxSender {

  static final int BATCH = 50;
  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final NotificationRepository notifications;
  private final ParticipantRepository participants;
  private final JavaMailSender mail;
  private final Clock clock;
  private final String from;

  public OutboxSender(
      NotificationRepository notifications,
      ParticipantRepository participants,
      JavaMailSender mail,
      ObjectProvider<Clock> clocks,
      @Value("${kringloop.mail.from:kringloop@localhost}") String from) {
    this.notifications = notifications;
    this.participants = participants;
    this.mail = mail;
    this.clock = DomainClock.of(clocks);
    this.from = from;
  }

  /**
   * Sends one batch of unsent messages.
   *
   * @return how many messages were delivered (or had nobody to deliver to) and are now sent
   */
  @Transactional
  public int sendPending() {
    List<Notification> batch = notifications.claimUnsent(BATCH);
    if (batch.isEmpty()) {
      return 0;
    }
    Map<String, List<String>> addressesByGroup = addressesByGroup();
    int sent = 0;
    for (Notification notification : batch) {
      List<String> addresses =
          addressesByGroup.getOrDefault(notification.recipientGroup(), List.of());
      try {
        if (notification.attachment().isPresent()) {
          mail.send(
              addresses.stream()
                  .map(to -> messageWithAttachment(notification, to))
                  .toArray(jakarta.mail.internet.MimeMessage[]::new));
        } else {
          mail.send(
              addresses.stream()
                  .map(to -> message(notification, to))
                  .toArray(SimpleMailMessage[]::new));
        }
        notification.markSent(clock.instant());
        sent++;
      } catch (MailException failure) {
        log.warn(
            "Could not mail notification {} (job {}) to group {}; retrying later: {}",
            notification.id(),
            notification.jobKey(),
            notification.recipientGroup(),
            failure.getMessage());
      }
    }
    return sent;
  }

  private SimpleMailMessage message(Notification notification, String to) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(notification.subject());
    message.setText(notification.body());
    return message;
  }

  private jakarta.mail.internet.MimeMessage messageWithAttachment(Notification notification, String to) {
    Attachment file = notification.attachment().orElseThrow();
    jakarta.mail.internet.MimeMessage message = mail.createMimeMessage();
    try {
      org.springframework.mail.javamail.MimeMessageHelper helper =
          new org.springframework.mail.javamail.MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(notification.subject());
      helper.setText(notification.body());
      helper.addAttachment(
          file.name(),
          new org.springframework.core.io.ByteArrayResource(file.content()),
          file.contentType());
    } catch (jakarta.mail.MessagingException e) {
      throw new org.springframework.mail.MailPreparationException(
          "Cannot build the mail of notification " + notification.id(), e);
    }
    return message;
  }

  private Map<String, List<String>> addressesByGroup() {
    return participants.findAllByOrderByUsername().stream()
        .filter(Participant::active)
        .flatMap(
            participant ->
                participant.groups().stream().map(group -> Map.entry(group, participant.email())))
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }
}
