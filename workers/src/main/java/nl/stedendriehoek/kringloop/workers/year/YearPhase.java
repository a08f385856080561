package nl.stedendriehoek.kringloop.workers.year;

/** Where a year stands; part 2 (annual plan, execution, evaluation) adds the later phases. */
public enum YearPhase {
  THEMASCAN,
  FOCUSVOORSTEL,
  FOCUSPUNTEN_VASTGESTELD
}
