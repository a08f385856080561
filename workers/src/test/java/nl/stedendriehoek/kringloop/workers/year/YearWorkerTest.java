package nl.stedendriehoek.kringloop.workers.year;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.workers.TestYears;
import nl.stedendriehoek.kringloop.workers.WorkerResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class YearWorkerTest {

  @Autowired YearWorker worker;
  @Autowired YearRepository years;

  @Test
  void shouldRegisterYearAndHandTheProcessItsTimerMoments() {
    // given
    String code = TestYears.uniqueCode();

    // when
    Map<String, Object> result =
        worker.register(
            code,
            List.of("epe", "apeldoorn"),
            "2026-02-13",
            "2026-03-31",
            "2026-12-31",
            "maandelijks");

    // then
    assertThat(result).containsEntry("jaarGeldig", true).containsEntry("jaarFouten", List.of());
    assertThat(result.get("gemeenten")).isEqualTo(List.of("apeldoorn", "epe"));
    assertThat(result.get("gemeenteNamen"))
        .isEqualTo(Map.of("apeldoorn", "Apeldoorn", "epe", "Epe"));
    assertThat(result.get("scanDeadlineDatum")).isEqualTo("13 februari 2026");
    assertThat(result.get("voorstelDeadlineDatum")).isEqualTo("31 maart 2026");
    assertThat(result.get("scanDeadlineMoment")).isEqualTo("2026-02-13T17:00:00+01:00");
    assertThat(result.get("scanHerinneringMoment")).isEqualTo("2026-02-10T09:00:00+01:00");
    assertThat(result.get("voorstelDeadlineMoment")).isEqualTo("2026-03-31T17:00:00+02:00");
    assertThat(result.get("voorstelEscalatieMoment")).isEqualTo("2026-03-17T09:00:00+01:00");
    assertThat(WorkerResults.<String>list(result, "themas")).hasSize(6);
    Year year = years.findByCode(code).orElseThrow();
    assertThat(year.phase()).isEqualTo(YearPhase.THEMASCAN);
    assertThat(year.municipalities()).containsExactly("apeldoorn", "epe");
  }

  @Test
  void shouldRefuseUnknownMunicipalityAndBadDatesWithoutRegistering() {
    // given
    String code = TestYears.uniqueCode();

    // when
    Map<String, Object> result =
        worker.register(
            code, List.of("epe", "amsterdam"), "2026-01-01", "2026-03-31", "2026-02-01", null);

    // then
    assertThat(result).containsEntry("jaarGeldig", false);
    assertThat(WorkerResults.<String>list(result, "jaarFouten"))
        .containsExactlyInAnyOrder(
            "Onbekende gemeente: 'amsterdam'.",
            "De deadline van de themascan moet na vandaag liggen.",
            "Het jaareinde ligt vóór de deadline van het focusvoorstel.");
    assertThat(years.findByCode(code)).isEmpty();
  }

  @Test
  void shouldRefuseMalformedYearCode() {
    // when
    Map<String, Object> result =
        worker.register("2026", TestYears.ALL, "2026-02-13", "2026-03-31", "2026-12-31", null);

    // then
    assertThat(result).containsEntry("jaarGeldig", false);
    assertThat(WorkerResults.<String>list(result, "jaarFouten"))
        .containsExactly("Het jaar moet de vorm CE-2026 hebben.");
  }

  @Test
  void shouldReturnTheSameYearWhenTheJobIsDeliveredTwice() {
    // given
    String code = TestYears.register(worker, TestYears.ALL);

    // when
    Map<String, Object> again =
        worker.register(
            code, TestYears.ALL, "2026-02-13", "2026-03-31", "2026-12-31", "maandelijks");
    Map<String, Object> different =
        worker.register(
            code, List.of("epe"), "2026-02-13", "2026-03-31", "2026-12-31", "maandelijks");

    // then
    assertThat(again).containsEntry("jaarGeldig", true);
    assertThat(different).containsEntry("jaarGeldig", false);
    assertThat(WorkerResults.<String>list(different, "jaarFouten"))
        .containsExactly("Jaar " + code + " is al gestart met andere gegevens.");
  }
}
