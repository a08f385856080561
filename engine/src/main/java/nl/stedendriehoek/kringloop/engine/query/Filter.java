package nl.stedendriehoek.kringloop.engine.query;

import java.util.List;

/** Conditions that must all hold; an empty filter matches everything. */
public record Filter(List<Condition> conditions) {

  public static Filter none() {
    return new Filter(List.of());
  }
}
