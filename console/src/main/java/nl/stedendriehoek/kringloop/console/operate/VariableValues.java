package nl.stedendriehoek.kringloop.console.operate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Variable values as the API stores them: JSON text. What a person types becomes JSON the way
 * they mean it: valid JSON stays as it is ({@code 4}, {@code true}, {@code "x"}, {@code {...}}),
 * anything else is a string ({@code CE-2026} → {@code "CE-2026"}).
 */
final class VariableValues {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private VariableValues() {}

  static String asJson(String typed) {
    return isJson(typed) ? typed.strip() : string(typed);
  }

  static String string(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the text is valid JSON, as an edited variable value must be. */
  static boolean isJson(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    try {
      JSON.readValue(text, Object.class);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /** The JSON as Java values (maps, lists, strings, numbers), for the set-variables command. */
  static Object parse(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + json, e);
    }
  }
}
