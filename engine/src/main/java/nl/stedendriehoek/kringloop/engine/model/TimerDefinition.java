package nl.stedendriehoek.kringloop.engine.model;

import nl.stedendriehoek.kringloop.engine.feel.Expression;

/** A timer event definition: a date, a duration or a cycle, each static ISO 8601 or FEEL. */
public record TimerDefinition(Kind kind, Expression expression) {

  public enum Kind {
    DATE,
    DURATION,
    CYCLE
  }
}
