package nl.stedendriehoek.kringloop.workers.plan;

/** A planned result: open, delivered with evidence, or not delivered by the end of the year. */
public enum ResultStatus {
  OPEN,
  GELEVERD,
  NIET_GELEVERD
}
