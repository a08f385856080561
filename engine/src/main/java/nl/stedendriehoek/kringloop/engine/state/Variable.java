package nl.stedendriehoek.kringloop.engine.state;

import com.fasterxml.jackson.databind.JsonNode;

/** A variable: a name and a JSON value in one scope (element instance). */
public final class Variable {

  private final long key;
  private final long scopeKey;
  private final long processInstanceKey;
  private final String name;
  private JsonNode value;

  public Variable(long key, long scopeKey, long processInstanceKey, String name, JsonNode value) {
    this.key = key;
    this.scopeKey = scopeKey;
    this.processInstanceKey = processInstanceKey;
    this.name = name;
    this.value = value;
  }

  public long key() {
    return key;
  }

  public long scopeKey() {
    return scopeKey;
  }

  public long processInstanceKey() {
    return processInstanceKey;
  }

  public String name() {
    return name;
  }

  public JsonNode value() {
    return value;
  }

  /** Sets the value; returns false when it was already equal (no change, no record). */
  public boolean update(JsonNode newValue) {
    if (value.equals(newValue)) {
      return false;
    }
    value = newValue;
    return true;
  }
}
