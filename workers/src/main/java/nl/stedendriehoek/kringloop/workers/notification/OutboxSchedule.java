package nl.stedendriehoek.kringloop.workers.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Empties the outbox every {@code kringloop.outbox.interval} (default 15 s) when SMTP is set. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class OutboxSchedule {

  private final OutboxSender sender;

  OutboxSchedule(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(
      initialDelayString = "${kringloop.outbox.initial-delay:PT10S}",
      fixedDelayString = "${kringloop.outbox.interval:PT15S}")
  void sendPending() {
    while (sender.sendPending() == OutboxSender.BATCH) {
      // a full batch: there may be more waiting
    }
  }
}
