package nl.stedendriehoek.kringloop.engine.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;

/**
 * Turns a caller's variables into JSON values, refusing documents above the size limit (Camunda
 * 8's default maximum message size is 4 MB) with a message that says how big it was.
 */
final class VariableDocuments {

  private final int maxBytes;

  VariableDocuments(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  Map<String, JsonNode> toJson(Map<String, Object> variables, String context) {
    if (variables == null || variables.isEmpty()) {
      return Map.of();
    }
    JsonNode document;
    try {
      document = Sql.JSON.valueToTree(variables);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException("Expected variables of " + context + " to be JSON values: " + e.getMessage());
    }
    int size;
    try {
      size = Sql.JSON.writeValueAsString(document).getBytes(StandardCharsets.UTF_8).length;
    } catch (JsonProcessingException e) {
      throw new InvalidArgumentException("Expected variables of " + context + " to be JSON: " + e.getMessage());
    }
    if (size > maxBytes) {
      throw new InvalidArgumentException("Expected the variables of " + context + " to be at most " + maxBytes
          + " bytes of JSON, but they are " + size + " bytes");
    }
    Map<String, JsonNode> result = new LinkedHashMap<>();
    document.fields().forEachRemaining(e -> {
      if (e.getKey().isBlank()) {
        throw new InvalidArgumentException("Expected variable names of " + context + " to be non-empty");
      }
      result.put(e.getKey(), e.getValue());
    });
    return result;
  }
}
