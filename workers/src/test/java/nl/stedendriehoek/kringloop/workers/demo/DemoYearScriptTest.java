package nl.stedendriehoek.kringloop.workers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the demo's simulated users answer, and when the demo rests; no engine needed. */
class DemoYearScriptTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final String SUBJECT = "Regionale circulaire inkoopagenda";

  private final DemoYearScript script = new DemoYearScript(TODAY, DemoYearEnd.NEXT_YEAR);

  @Test
  void shouldWriteAgendaItemsAgendaAndMinutesFromTheSubjectOfAnyMeeting() {
    // given: a meeting the demo knows nothing about, with a municipality among its guests
    Map<String, Object> meeting = Map.of("overlegOnderwerp", SUBJECT,
        "deelnemersGroepen", List.of("kwartiermaker", "gemeente-lochem"),
        "agendapunten", List.of(Map.of("groep", "gemeente-lochem", "agendapunt", "Inzet van Lochem."),
            Map.of("groep", "kwartiermaker")));

    // when
    Answer item = script.answer(task("agendapunt-aandragen", List.of("gemeente-lochem"), List.of(), meeting))
        .orElseThrow();
    Answer agenda = script.answer(task("agenda-opstellen", List.of("kwartiermaker"), List.of(), meeting))
        .orElseThrow();
    Answer minutes = script.answer(task("notulen-opstellen", List.of("kwartiermaker"), List.of(), meeting))
        .orElseThrow();

    // then
    assertThat(item.username()).isEqualTo("lochem");
    assertThat(item.variables().get("agendapunt")).isEqualTo("Inzet van Lochem bij " + SUBJECT + ".");
    assertThat(agenda.variables().get("agenda")).isEqualTo("1. Opening en vaststellen van de agenda\n2. " + SUBJECT
        + "\n3. Inzet van Lochem.\n4. Rondvraag en sluiting");
    assertThat((String) minutes.variables().get("notulen")).contains(SUBJECT);
    assertThat(((List<?>) minutes.variables().get("actiepunten")).stream()
        .map(a -> String.valueOf(((Map<?, ?>) a).get("eigenaar"))).toList()).containsExactly("kwartiermaker", "lochem");
  }

  @Test
  void shouldCompleteTheKwartiermakersActionItemAndLeaveAMunicipalitysToARealUser() {
    // given
    Map<String, Object> variables = Map.of("overlegOnderwerp", SUBJECT);

    // when / then
    assertThat(script.answer(task("actiepunt-uitvoeren", List.of(), List.of("kwartiermaker"), variables)))
        .hasValueSatisfying(answer -> assertThat(answer.variables()).containsEntry("actiepuntStatus", "afgerond"));
    assertThat(script.answer(task("actiepunt-uitvoeren", List.of(), List.of("apeldoorn"), variables))).isEmpty();
  }

  @Test
  void shouldDeliverOnlyEachProjectsFirstResultWhenRestingAtTheExecution() {
    // given
    DemoYearScript execution = new DemoYearScript(TODAY, DemoYearEnd.EXECUTION);
    Map<String, Object> project = Map.of("trekker", "deventer", "titel", "Circulaire schoolgebouwen",
        "resultaten", List.of(Map.of("resultaatId", 11), Map.of("resultaatId", 12)));

    // when / then
    assertThat(execution.answer(result(project, 11))).isPresent();
    assertThat(execution.answer(result(project, 12))).isEmpty();
    assertThat(script.answer(result(project, 12))).hasValueSatisfying(answer -> {
      assertThat(answer.username()).isEqualTo("deventer");
      assertThat((String) answer.variables().get("bewijs")).contains("Circulaire schoolgebouwen");
    });
  }

  @Test
  void shouldRestOnlyWhenTheNextYearWaitsForAllItsScansAndNoMeetingIsBetweenSteps() {
    // given
    List<String> open = List.of("actiepunt-uitvoeren", "actiepunt-uitvoeren");
    List<String> nextYear = new java.util.ArrayList<>(Collections.nCopies(8, "themascan-invullen"));
    nextYear.add("stakeholderinput-geven");

    // when / then
    assertThat(script.resting(new DemoYearState(open, nextYear, true, true, 8, false))).isTrue();
    assertThat(script.resting(new DemoYearState(open, nextYear, false, true, 8, false))).isFalse();
    assertThat(script.resting(new DemoYearState(open, nextYear.subList(2, 9), true, true, 8, false))).isFalse();
    assertThat(script.resting(new DemoYearState(open, List.of(), true, false, 0, false))).isFalse();
    assertThat(script.resting(new DemoYearState(List.of(), nextYear, true, true, 8, false))).isFalse();
  }

  @Test
  void shouldRestAfterARestartOnAPlayedYearWhateverRealUsersDidSince() {
    // given: the action items are done and the next year's scans handed in by real users
    DemoYearState restarted = new DemoYearState(List.of(), List.of("focusvoorstel-opstellen"), true, true, 8, true);

    // when / then
    assertThat(script.resting(restarted)).isTrue();
  }

  private static DemoTask result(Map<String, Object> project, int resultId) {
    return task("resultaat-opleveren", List.of("gemeente-deventer", "kwartiermaker"), List.of(),
        Map.of("project", project, "resultaat", Map.of("resultaatId", resultId, "omschrijving", "Eerste toepassing")));
  }

  private static DemoTask task(String elementId, List<String> groups, List<String> users,
      Map<String, Object> variables) {
    return new DemoTask(elementId, groups, users, variables);
  }
}
