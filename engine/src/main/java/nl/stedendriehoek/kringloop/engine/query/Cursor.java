package nl.stedendriehoek.kringloop.engine.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;

/**
 * A position in a sorted search: the sort values and the key of one row, as an opaque string.
 * The next page starts strictly after it (keyset paging), so rows committed meanwhile neither
 * shift nor repeat the pages.
 */
final class Cursor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Cursor() {}

  static String encode(List<Object> values) {
    ArrayNode array = JSON.createArrayNode();
    for (Object value : values) {
      if (value == null) {
        array.addNull();
      } else if (value instanceof Timestamp t) {
        array.add(t.toInstant().toString());
      } else if (value instanceof Number n) {
        array.add(n.toString());
      } else {
        array.add(value.toString());
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The values of a cursor, typed as the given fields; a 400 naming the page field if it is not one of ours. */
  static List<Object> decode(String cursor, List<SearchField> fields, String pageField) {
    try {
      JsonNode array = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      if (array == null || !array.isArray() || array.size() != fields.size()) {
        throw notACursor(cursor, pageField);
      }
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        JsonNode value = array.get(i);
        values.add(value.isNull() ? null : typed(fields.get(i).type(), value.asText()));
      }
      return values;
    } catch (IllegalArgumentException | JsonProcessingException | java.time.DateTimeException e) {
      throw notACursor(cursor, pageField);
    }
  }

  private static Object typed(FieldType type, String text) {
    return switch (type) {
      case KEY -> Long.parseLong(text);
      case INTEGER -> new java.math.BigDecimal(text);
      case BOOLEAN -> Boolean.parseBoolean(text);
      case DATE -> OffsetDateTime.ofInstant(java.time.Instant.parse(text), ZoneOffset.UTC);
      default -> text;
    };
  }

  private static InvalidArgumentException notACursor(String cursor, String pageField) {
    return new InvalidArgumentException("Expected field 'page." + pageField
        + "' to be a cursor from an earlier page, but got '" + cursor + "'");
  }
}
