package nl.stedendriehoek.kringloop.workers.document;

/** The kinds of generated documents of the year. */
public enum DocumentKind {
  SCANRAPPORT,
  FOCUSVOORSTEL,
  JAARPLAN,
  VOORTGANGSRAPPORTAGE,
  EVALUATIERAPPORT
}
