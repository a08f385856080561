package nl.stedendriehoek.kringloop.year;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.CamundaAssert.assertThatUserTask;
import static io.camunda.process.test.api.assertions.UserTaskSelectors.byElementId;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The meeting process: agenda items from the invited groups, the agenda, the invitation with the
 * .ics in the outbox, minutes (an action item for someone who is not a participant is refused) and
 * the action items as tasks with a due date for their owners.
 */
class MeetingProcessTest extends YearProcessTest {

  @Test
  void shouldCollectTheAgendaInviteRecordMinutesAndHandOutActionItems() {
    // given: a year, and the kwartiermaker plans a bestuurlijk overleg
    String year = newYear();
    startYear(year, PARTICIPANTS);
    LocalDate meetingDay = today().plusWeeks(2);
    ProcessInstanceEvent meeting = client.newCreateInstanceCommand().bpmnProcessId("overleg").latestVersion()
        .variables(Map.of(
            "jaar", year,
            "overlegSoort", "bestuurlijk",
            "overlegOnderwerp", "Besluit over het jaarplan",
            "deelnemersGroepen", List.of("ab", "gemeente-deventer"),
            "overlegMoment", meetingDay + "T10:00",
            "overlegDuurMinuten", 90,
            "overlegLocatie", "Stadhuis Deventer"))
        .send().join();

    // when: both groups hand in (or skip) an agenda item and the agenda is composed
    processTestContext.completeUserTask("agendapunt-aandragen", Map.of("agendapunt", "Voortgang scholenproject"));
    processTestContext.completeUserTask("agendapunt-aandragen", Map.of());
    assertThat(meeting).hasVariableSatisfies("agendapunten", List.class, items -> assertThat(items).hasSize(2));
    processTestContext.completeUserTask("agenda-opstellen", Map.of("agenda", "1. Jaarplan\n2. Scholenproject"));

    // then: the invitation with the appointment is in the outbox for both groups
    assertThat(meeting).hasCompletedElements("uitnodiging-versturen").hasActiveElements("notulen-opstellen");
    assertThat(outbox(year, "OVERLEG_UITNODIGING")).containsExactlyInAnyOrder("ab overleg-", "gemeente-deventer overleg-");

    // when: minutes with an action item for someone unknown
    processTestContext.completeUserTask("notulen-opstellen", minutes("onbekend", meetingDay.plusWeeks(3)));

    // then
    assertThat(meeting).hasVariable("notulenGeldig", false).hasActiveElements("notulen-opstellen");

    // when
    processTestContext.completeUserTask("notulen-opstellen", minutes("deventer", meetingDay.plusWeeks(3)));

    // then: Deventer's contact has the action item as a task, due at the agreed date
    assertThat(meeting).hasCompletedElements("notulen-verspreiden").hasActiveElements("actiepunt-uitvoeren");
    assertThatUserTask(byElementId("actiepunt-uitvoeren")).isCreated();
    var actionTask = client.newUserTaskSearchRequest().filter(f -> f.elementId("actiepunt-uitvoeren")).send().join()
        .items().get(0);
    assertThat(actionTask.getCandidateUsers()).containsExactly("deventer");
    assertThat(actionTask.getDueDate()).isNotNull();
    assertThat(actionTask.getDueDate().atZoneSameInstant(
        java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate()).isEqualTo(meetingDay.plusWeeks(3));
    assertThat(outbox(year, "NOTULEN")).hasSize(2);

    // when
    processTestContext.completeUserTask("actiepunt-uitvoeren",
        Map.of("actiepuntStatus", "afgerond", "actiepuntToelichting", "Begroting aangevuld."));

    // then
    assertThat(meeting).isCompleted().hasCompletedElements("overleg-afgerond");
    assertThat(KRINGLOOP.jdbc().sql("""
            SELECT a.owner_username || ' ' || a.due_date FROM domain.action_item a
            JOIN domain.meeting m ON m.id = a.meeting_id WHERE m.year_code = ?""").param(year)
        .query(String.class).list()).containsExactly("deventer " + meetingDay.plusWeeks(3));
  }

  private static Map<String, Object> minutes(String owner, LocalDate due) {
    return Map.of(
        "notulen", "Het AB besprak het jaarplan en het scholenproject.",
        "besluiten", "Het jaarplan gaat door naar besluitvorming.",
        "actiepunten", List.of(Map.of("omschrijving", "Begroting scholenproject aanvullen", "eigenaar", owner,
            "deadline", due.toString())));
  }

  /** Outbox entries of a kind for the year, as "group attachment-name-prefix". */
  private static List<String> outbox(String year, String kind) {
    return KRINGLOOP.jdbc().sql("""
            SELECT recipient_group || ' ' || coalesce(substring(attachment_name for 8), '') FROM domain.notification
            WHERE year_code = ? AND kind = ? ORDER BY id""").param(year).param(kind).query(String.class).list();
  }
}
