package nl.stedendriehoek.kringloop.workers.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An open user task as the simulated users see it: who may do it and its variables (JSON-parsed). */
record DemoTask(String elementId, List<String> candidateGroups, List<String> candidateUsers,
    Map<String, Object> variables) {

  static final List<String> MUNICIPALITIES = List.of("apeldoorn", "brummen", "deventer", "epe", "heerde", "lochem",
      "voorst", "zutphen");

  DemoTask {
    candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
  }

  /** The municipality whose group the task is for, e.g. "deventer" for "gemeente-deventer". */
  Optional<String> municipality() {
    return candidateGroups.stream().filter(g -> g.startsWith("gemeente-")).map(g -> g.substring(9))
        .filter(MUNICIPALITIES::contains).findFirst();
  }

  String text(String name) {
    Object value = variables.get(name);
    return value == null ? null : String.valueOf(value);
  }

  Map<?, ?> map(String name) {
    return variables.get(name) instanceof Map<?, ?> map ? map : Map.of();
  }

  List<?> list(String name) {
    return variables.get(name) instanceof List<?> list ? list : List.of();
  }

  /** The demo user who works for a group: "ab", "bestuurder", "stakeholder", a municipality or the group. */
  static String userOf(String group) {
    return switch (group) {
      case "bestuurders" -> "bestuurder";
      case "stakeholders" -> "stakeholder";
      default -> group.startsWith("gemeente-") ? group.substring(9) : group;
    };
  }
}
