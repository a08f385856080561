package nl.stedendriehoek.kringloop.workers.execution;

/** How a project is doing at a quarterly report. */
public enum ProgressStatus {
  OP_SCHEMA("op schema"),
  RISICO("risico"),
  ACHTER("achter op schema");

  private final String label;

  ProgressStatus(String label) {
    this.label = label;
  }

  /** As a document shows it (Dutch). */
  public String label() {
    return label;
  }

  static java.util.Optional<ProgressStatus> fromFormValue(String value) {
    return java.util.Arrays.stream(values())
        .filter(s -> s.name().replace('_', '-').equalsIgnoreCase(value == null ? "" : value.strip()))
        .findFirst();
  }
}
