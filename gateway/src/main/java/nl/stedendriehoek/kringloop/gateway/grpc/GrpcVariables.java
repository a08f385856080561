package nl.stedendriehoek.kringloop.gateway.grpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;

/** gRPC carries variables and headers as JSON documents in strings. */
final class GrpcVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GrpcVariables() {}

  /** An empty string is no variables; anything else must be a JSON object. */
  static Map<String, Object> parse(String field, String document) {
    if (document == null || document.isBlank()) {
      return Map.of();
    }
    try {
      JsonNode node = JSON.readTree(document);
      if (!node.isObject()) {
        throw new InvalidRequestException("Expected '" + field + "' to be a JSON object, but got " + node.getNodeType());
      }
      return JSON.convertValue(node, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("Expected '" + field + "' to be a JSON document, but it is malformed: "
          + e.getOriginalMessage());
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value == null ? Map.of() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write variables as JSON", e);
    }
  }

  static List<String> orNull(List<String> values) {
    return values.isEmpty() ? null : values;
  }
}
