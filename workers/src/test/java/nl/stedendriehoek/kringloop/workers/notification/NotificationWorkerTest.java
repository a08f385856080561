package nl.stedendriehoek.kringloop.workers.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.WorkersTestApplication;
import nl.stedendriehoek.kringloop.workers.year.YearWorker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class NotificationWorkerTest {

  @Autowired NotificationWorker worker;
  @Autowired NotificationRepository notifications;
  @Autowired YearWorker years;

  @Test
  void shouldPutANewTaskMessageInTheOutboxForEveryGroup() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    long jobKey = newJobKey();

    // when
    Map<String, Object> result =
        worker.send(
            jobKey,
            year,
            "nieuwe-taak",
            List.of("gemeente-epe", "gemeente-heerde"),
            "Ambtelijk advies gevraagd over het focusvoorstel",
            "Ronde 1 van het focusvoorstel ligt klaar voor uw advies.");

    // then
    assertThat(result).containsEntry("notificatiesAangemaakt", 2);
    List<Notification> sent = notifications.findByYearCodeOrderByCreatedAt(year);
    assertThat(sent)
        .extracting(Notification::recipientGroup)
        .containsExactlyInAnyOrder("gemeente-epe", "gemeente-heerde");
    Notification toEpe =
        sent.stream()
            .filter(n -> n.recipientGroup().equals("gemeente-epe"))
            .findFirst()
            .orElseThrow();
    assertThat(toEpe.kind()).isEqualTo(NotificationKind.NIEUWE_TAAK);
    assertThat(toEpe.subject())
        .isEqualTo("[" + year + "] Nieuwe taak: Ambtelijk advies gevraagd over het focusvoorstel");
    assertThat(toEpe.body())
        .startsWith("Er staat een nieuwe taak voor uw groep klaar in Kringloop.")
        .contains("Ronde 1 van het focusvoorstel ligt klaar voor uw advies.");
    assertThat(toEpe.createdAt()).isEqualTo(WorkersTestApplication.TODAY);
    assertThat(toEpe.sentAt()).isNull();
  }

  @Test
  void shouldWriteReminderEscalationAndDecisionMessagesWithTheirOwnWording() {
    // given
    String year = TestYears.register(years, TestYears.ALL);

    // when
    worker.send(
        newJobKey(),
        year,
        "herinnering",
        List.of("gemeente-lochem"),
        "Themascan Lochem nog niet ingeleverd",
        null);
    worker.send(
        newJobKey(),
        year,
        "escalatie",
        List.of("kwartiermaker"),
        "Themascan Lochem is te laat",
        null);
    worker.send(
        newJobKey(), year, "besluit-gepubliceerd", List.of("ab"), "Focuspunten vastgesteld", null);

    // then
    assertThat(notifications.findByYearCodeOrderByCreatedAt(year))
        .extracting(Notification::kind, Notification::subject)
        .containsExactlyInAnyOrder(
            tuple(
                NotificationKind.HERINNERING,
                "[" + year + "] Herinnering: Themascan Lochem nog niet ingeleverd"),
            tuple(
                NotificationKind.ESCALATIE,
                "[" + year + "] Escalatie: Themascan Lochem is te laat"),
            tuple(
                NotificationKind.BESLUIT_GEPUBLICEERD,
                "[" + year + "] Besluit: Focuspunten vastgesteld"));
  }

  @Test
  void shouldAddNothingWhenTheSameJobIsDeliveredTwice() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    long jobKey = newJobKey();
    worker.send(
        jobKey,
        year,
        "herinnering",
        List.of("gemeente-voorst"),
        "Themascan Voorst nog niet ingeleverd",
        null);

    // when
    Map<String, Object> again =
        worker.send(
            jobKey,
            year,
            "herinnering",
            List.of("gemeente-voorst"),
            "Themascan Voorst nog niet ingeleverd",
            null);

    // then
    assertThat(again).containsEntry("notificatiesAangemaakt", 0);
    assertThat(notifications.findByYearCodeOrderByCreatedAt(year)).hasSize(1);
  }

  @Test
  void shouldFailTheJobForAnUnknownGroupOrKindAndAddNothing() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    long jobKey = newJobKey();

    // when / then
    assertThatThrownBy(
            () ->
                worker.send(
                    jobKey, year, "nieuwe-taak", List.of("ab", "gemeente-amsterdam"), "Iets", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown recipient group 'gemeente-amsterdam' in notification job " + jobKey);
    assertThatThrownBy(() -> worker.send(jobKey, year, "fax", List.of("ab"), "Iets", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown notification kind 'fax' in job " + jobKey);
    assertThat(notifications.findByYearCodeOrderByCreatedAt(year)).isEmpty();
  }

  @Test
  void shouldMarkAMessageSentOnlyOnce() {
    // given
    String year = TestYears.register(years, TestYears.ALL);
    worker.send(
        newJobKey(),
        year,
        "escalatie",
        List.of("procesbeheer"),
        "Deadline eind Q1 verstreken",
        null);
    Notification notification = notifications.findByYearCodeOrderByCreatedAt(year).get(0);

    // when
    notification.markSent(WorkersTestApplication.TODAY);

    // then
    assertThat(notification.sentAt()).isEqualTo(WorkersTestApplication.TODAY);
    assertThatThrownBy(() -> notification.markSent(WorkersTestApplication.TODAY))
        .isInstanceOf(IllegalStateException.class);
  }

  private static long newJobKey() {
    return ThreadLocalRandom.current().nextLong(1L << 51, Long.MAX_VALUE);
  }
}
