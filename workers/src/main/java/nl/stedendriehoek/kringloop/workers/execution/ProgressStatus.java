package nl.stedendriehoek.kringloop.workers.execution;

/** How a project is doing at a quarterly report. */
public enum ProgressStatus {
  OP_SCHEMA,
  RISICO,
  ACHTER;

  static java.util.Optional<ProgressStatus> fromFormValue(String value) {
    return java.util.Arrays.stream(values())
        .filter(s -> s.name().replace('_', '-').equalsIgnoreCase(value == null ? "" : value.strip()))
        .findFirst();
  }
}
