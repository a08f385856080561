package nl.stedendriehoek.kringloop.workers.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.WorkersTestApplication;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox delivered over real SMTP (GreenMail) to the demo participants of a group. Its own
 * context (SMTP configured) is closed after the class, so its database stops and is removed then.
 */
@DirtiesContext
@SpringBootTest(
    properties = {
      "spring.mail.host=127.0.0.1",
      "kringloop.mail.from=kringloop@stedendriehoek.example",
      "kringloop.outbox.initial-delay=PT1H"
    })
class OutboxSenderTest {

  private static final GreenMail SMTP =
      new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Autowired OutboxSender sender;
  @Autowired NotificationWorker worker;
  @Autowired NotificationRepository notifications;
  @Autowired YearWorker years;

  @BeforeEach
  void emptyOutboxAndMailbox() throws Exception {
    sender.sendPending();
    SMTP.purgeEmailFromAllMailboxes();
  }

  @Test
  void shouldMailTheGroupsMembersAndMarkTheMessageSent() throws Exception {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    worker.send(
        7001L,
        year,
        "escalatie",
        List.of("ab", "gemeente-epe"),
        "Deadline eind Q1 verstreken",
        "Besluit nodig.");

    // when
    int sent = sender.sendPending();

    // then
    assertThat(sent).isEqualTo(2);
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received)
        .extracting(message -> message.getRecipients(Message.RecipientType.TO)[0].toString())
        .containsExactlyInAnyOrder("ab@demo.kringloop.example", "epe@demo.kringloop.example");
    assertThat(received[0].getSubject())
        .isEqualTo("[" + year + "] Escalatie: Deadline eind Q1 verstreken");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("kringloop@stedendriehoek.example");
    assertThat(GreenMailUtil.getBody(received[0])).contains("Besluit nodig.");
    assertThat(notifications.findByYearCodeOrderByCreatedAt(year))
        .allMatch(notification -> WorkersTestApplication.TODAY.equals(notification.sentAt()));
  }

  @Test
  void shouldNotMailAMessageTwice() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    worker.send(7002L, year, "herinnering", List.of("gemeente-voorst"), "Themascan Voorst", null);
    sender.sendPending();

    // when
    int again = sender.sendPending();

    // then
    assertThat(again).isZero();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }
}
