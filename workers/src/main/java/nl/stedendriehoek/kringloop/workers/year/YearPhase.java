package nl.stedendriehoek.kringloop.workers.year;

/** Where a year stands, in the order of the year; a phase only moves forward. */
public enum YearPhase {
  THEMASCAN,
  FOCUSVOORSTEL,
  FOCUSPUNTEN_VASTGESTELD,
  JAARPLAN,
  UITVOERING,
  EVALUATIE,
  AFGESLOTEN
}
