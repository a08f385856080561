package nl.stedendriehoek.kringloop.workers.document;

/** The kinds of generated documents of part 1. */
public enum DocumentKind {
  SCANRAPPORT,
  FOCUSVOORSTEL
}
