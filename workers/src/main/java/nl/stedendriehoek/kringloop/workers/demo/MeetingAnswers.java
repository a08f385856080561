package nl.stedendriehoek.kringloop.workers.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any meeting ({@code overleg}), whatever started it: agenda items, agenda and minutes are written
 * from the meeting's subject ({@code overlegOnderwerp}) and the items handed in. The minutes give
 * two action items: one for the kwartiermaker, which the demo completes, and one for a
 * municipality, which stays open for a real user.
 */
final class MeetingAnswers implements DemoPhase {

  static final String KWARTIERMAKER = "kwartiermaker";

  private final LocalDate today;

  MeetingAnswers(LocalDate today) {
    this.today = today;
  }

  @Override
  public Optional<Answer> answer(DemoTask task) {
    String subject = subject(task);
    return switch (task.elementId()) {
      case "agendapunt-aandragen" -> task.candidateGroups().stream().findFirst()
          .map(group -> new Answer(DemoTask.userOf(group), Map.of("agendapunt", agendaItem(group, subject))));
      case "agenda-opstellen" -> Optional.of(new Answer(KWARTIERMAKER, Map.of("agenda", agenda(task, subject))));
      case "notulen-opstellen" -> Optional.of(new Answer(KWARTIERMAKER, minutes(task, subject)));
      case "actiepunt-uitvoeren" -> task.candidateUsers().contains(KWARTIERMAKER)
          ? Optional.of(new Answer(KWARTIERMAKER, Map.of("actiepuntStatus", "afgerond",
              "actiepuntToelichting", "Gedaan; de stukken staan bij de documenten van het jaar.")))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static String subject(DemoTask task) {
    String subject = task.text("overlegOnderwerp");
    return subject == null || subject.isBlank() ? "het overleg" : subject.strip();
  }

  private static String agendaItem(String group, String subject) {
    return switch (group) {
      case "ab" -> "Besluitvorming over " + subject + ": welke keuzes liggen er voor het AB?";
      case "bestuurders" -> "Bestuurlijke reactie op " + subject + " vanuit de gemeenten.";
      case KWARTIERMAKER -> "Toelichting van de kwartiermaker op " + subject + ".";
      case "stakeholders" -> "Inbreng van de ketenpartners bij " + subject + ".";
      default -> group.startsWith("gemeente-")
          ? "Inzet van " + capitalised(group.substring(9)) + " bij " + subject + "."
          : "Inbreng van " + group + " bij " + subject + ".";
    };
  }

  private static String agenda(DemoTask task, String subject) {
    StringBuilder agenda = new StringBuilder("1. Opening en vaststellen van de agenda\n2. ").append(subject);
    int number = 3;
    for (Object entry : task.list("agendapunten")) {
      if (entry instanceof Map<?, ?> item && item.get("agendapunt") != null
          && !String.valueOf(item.get("agendapunt")).isBlank()) {
        agenda.append('\n').append(number++).append(". ").append(item.get("agendapunt"));
      }
    }
    return agenda.append('\n').append(number).append(". Rondvraag en sluiting").toString();
  }

  private Map<String, Object> minutes(DemoTask task, String subject) {
    String municipality = owner(task, subject);
    Map<String, Object> minutes = new LinkedHashMap<>();
    minutes.put("notulen", "Het overleg besprak " + subject + " aan de hand van de agenda en de aangedragen punten. "
        + "De deelnemers herkennen zich in de stukken; vragen zijn ter vergadering beantwoord.");
    minutes.put("besluiten", "Het overleg neemt kennis van " + subject + " en adviseert het AB conform de stukken "
        + "te besluiten.");
    minutes.put("actiepunten", List.of(
        Map.of("omschrijving", "Stukken en notulen van " + subject + " delen met alle deelnemers",
            "eigenaar", KWARTIERMAKER, "deadline", today.plusWeeks(1).toString()),
        Map.of("omschrijving", "Terugkoppeling over " + subject + " in het eigen college van "
            + capitalised(municipality), "eigenaar", municipality, "deadline", today.plusMonths(1).toString())));
    return minutes;
  }

  /** A municipality invited to the meeting, else one chosen by the subject, so it stays the same. */
  private static String owner(DemoTask task, String subject) {
    for (Object group : task.list("deelnemersGroepen")) {
      String name = String.valueOf(group);
      if (name.startsWith("gemeente-") && DemoTask.MUNICIPALITIES.contains(name.substring(9))) {
        return name.substring(9);
      }
    }
    return DemoTask.MUNICIPALITIES.get(Math.floorMod(subject.hashCode(), DemoTask.MUNICIPALITIES.size()));
  }

  private static String capitalised(String code) {
    return code.isEmpty() ? code : Character.toUpperCase(code.charAt(0)) + code.substring(1);
  }
}
