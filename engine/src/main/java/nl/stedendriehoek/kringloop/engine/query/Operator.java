package nl.stedendriehoek.kringloop.engine.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The filter operators of the Camunda 8 search API, by their wire names. */
public enum Operator {
  EQ("$eq"),
  NEQ("$neq"),
  EXISTS("$exists"),
  IN("$in"),
  NOT_IN("$notIn"),
  LIKE("$like"),
  GT("$gt"),
  GTE("$gte"),
  LT("$lt"),
  LTE("$lte");

  private final String wireName;

  Operator(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public boolean takesList() {
    return this == IN || this == NOT_IN;
  }

  public static Optional<Operator> fromWire(String name) {
    return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
  }

  public static List<String> wireNames() {
    return Arrays.stream(values()).map(Operator::wireName).toList();
  }
}
