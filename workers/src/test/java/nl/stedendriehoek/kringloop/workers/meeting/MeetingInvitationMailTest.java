package nl.stedendriehoek.kringloop.workers.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.document.Document;
import nl.stedendriehoek.kringloop.workers.document.DocumentService;
import nl.stedendriehoek.kringloop.workers.notification.OutboxSender;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A meeting invitation as the members of the invited groups receive it over real SMTP (GreenMail):
 * the agenda in the text and the appointment as an iCalendar attachment that ical4j reads back.
 */
@DirtiesContext
@SpringBootTest(
    properties = {
      "spring.mail.host=127.0.0.1",
      "kringloop.mail.from=kringloop@stedendriehoek.example",
      "kringloop.outbox.initial-delay=PT1H",
      "kringloop.links.base-url=https://kringloop.stedendriehoek.example/"
    })
class MeetingInvitationMailTest {

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

  @Autowired MeetingService meetings;
  @Autowired OutboxSender sender;
  @Autowired YearWorker years;
  @Autowired DocumentService documents;

  @Test
  void shouldMailTheInvitationWithTheAgendaAndAnIcsAppointment() throws Exception {
    // given
    sender.sendPending();
    SMTP.purgeEmailFromAllMailboxes();
    String year = TestYears.register(years, TestYears.ALL);
    Meeting meeting = meetings.plan(90_001L, year, "bestuurlijk", "Besluit over het jaarplan",
        List.of("ab"), "2026-02-02T10:00", 90, "Stadhuis Deventer").meeting().orElseThrow();

    // when
    int invitations = meetings.invite(90_002L, meeting.id(), "1. Jaarplan\n2. Rondvraag");
    sender.sendPending();

    // then
    assertThat(invitations).isEqualTo(1);
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).contains("Uitnodiging", "Besluit over het jaarplan");
    List<BodyPart> parts = parts((Multipart) received[0].getContent());
    assertThat(parts).anySatisfy(part -> assertThat(text(part)).contains("1. Jaarplan"));
    BodyPart ics = parts.stream().filter(part -> contentType(part).startsWith("text/calendar")).findFirst()
        .orElseThrow();
    assertThat(ics.getFileName()).endsWith(".ics");
    Calendar calendar;
    try (InputStream content = ics.getInputStream()) {
      calendar = new CalendarBuilder().build(content);
    }
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Besluit over het jaarplan");
    assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Stadhuis Deventer");
    // 10:00 in Amsterdam in February is 09:00 UTC; 90 minutes later it ends
    assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260202T090000Z");
    assertThat(event.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20260202T103000Z");
  }

  @Test
  void shouldLinkTheYearsNewestPapersInTheInvitation() throws Exception {
    // given: the year has a scan report
    sender.sendPending();
    SMTP.purgeEmailFromAllMailboxes();
    String year = TestYears.register(years, TestYears.ALL);
    Document scanReport = documents.scanReport(90_010L, year, List.of());
    Meeting meeting = meetings.plan(90_011L, year, "ambtelijk", "Voortgang themascan",
        List.of("gemeente-deventer"), "2026-02-09T10:00", 60, "Online").meeting().orElseThrow();

    // when
    meetings.invite(90_012L, meeting.id(), "1. Themascan");
    sender.sendPending();

    // then
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).isNotEmpty();
    assertThat(parts((Multipart) received[0].getContent())).anySatisfy(part -> assertThat(text(part))
        .contains("1. Themascan")
        .contains("Stukken")
        .contains(scanReport.title() + ": https://kringloop.stedendriehoek.example/documenten/" + scanReport.id()));
  }

  @Test
  void shouldRefuseAMeetingInThePastOrWithoutInvitees() {
    // when
    MeetingService.Planned planned = meetings.plan(90_003L, TestYears.register(years, TestYears.ALL), "ambtelijk",
        "Voortgang", List.of(), "2025-12-01T10:00", 60, "Online");

    // then
    assertThat(planned.meeting()).isEmpty();
    assertThat(planned.errors()).containsExactly("Kies wie er worden uitgenodigd.",
        "Het overleg moet in de toekomst liggen.");
  }

  private static List<BodyPart> parts(Multipart multipart) throws Exception {
    List<BodyPart> all = new ArrayList<>();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContent() instanceof Multipart nested) {
        all.addAll(parts(nested));
      } else {
        all.add(part);
      }
    }
    return all;
  }

  private static String contentType(BodyPart part) {
    try {
      return part.getContentType().toLowerCase(java.util.Locale.ROOT);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(BodyPart part) {
    try {
      return part.getContent() instanceof String text ? text : "";
    } catch (Exception e) {
      return "";
    }
  }
}
