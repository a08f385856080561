package nl.stedendriehoek.kringloop.engine.api;

/** A variable; {@code value} is its JSON text, as Camunda's REST API returns it. */
public record VariableView(
    long variableKey, String name, String value, long scopeKey, long processInstanceKey) {}
