package nl.stedendriehoek.kringloop.console.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server needs to know of a Camunda form (form-js JSON): which fields it binds (only
 * those are accepted as completion variables, so a tampered request cannot set others) and which
 * are required (checked again on the server). A required field under a {@code conditional} is left
 * to the browser, which alone evaluates the FEEL condition that may hide it.
 */
final class FormSchema {

  record Field(String key, String label, boolean required) {}

  private final Map<String, Field> fields;

  private FormSchema(Map<String, Field> fields) {
    this.fields = fields;
  }

  static FormSchema parse(String schema, ObjectMapper json) {
    try {
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(json.readTree(schema).path("components"), false, fields);
      return new FormSchema(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Form schema is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void collect(JsonNode components, boolean conditional, Map<String, Field> fields) {
    for (JsonNode component : components) {
      boolean hidden = conditional || component.has("conditional");
      String key = component.path("key").asText(null);
      String path = component.path("path").asText(null);
      String label = component.path("label").asText(key == null ? path : key);
      if (key != null && !key.isBlank()) {
        boolean required = component.path("validate").path("required").asBoolean(false) && !hidden;
        fields.put(key, new Field(key, label, required));
      } else if ("dynamiclist".equals(component.path("type").asText()) && path != null) {
        fields.put(path, new Field(path, label, false));
      }
      if (component.has("components") && !"dynamiclist".equals(component.path("type").asText())) {
        collect(component.path("components"), hidden, fields);
      }
    }
  }

  Collection<Field> fields() {
    return fields.values();
  }

  /** The submitted values of this form's own fields; anything else is dropped. */
  Map<String, Object> accepted(Map<String, Object> submitted) {
    Map<String, Object> accepted = new LinkedHashMap<>();
    submitted.forEach((name, value) -> {
      if (fields.containsKey(name)) {
        accepted.put(name, value);
      }
    });
    return accepted;
  }

  /** The labels of required fields without a value. */
  List<String> missingRequired(Map<String, Object> submitted) {
    List<String> missing = new ArrayList<>();
    for (Field field : fields.values()) {
      if (field.required() && isEmpty(submitted.get(field.key()))) {
        missing.add(field.label());
      }
    }
    return missing;
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String text && text.isBlank())
        || (value instanceof Collection<?> list && list.isEmpty());
  }
}
