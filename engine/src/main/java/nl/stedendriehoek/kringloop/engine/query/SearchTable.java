package nl.stedendriehoek.kringloop.engine.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import org.springframework.jdbc.core.RowMapper;

/**
 * What one search reads: the selected columns and table, the rows it never shows (base condition),
 * the key that orders ties, the fields a filter or sort may name, and the row mapping.
 */
public record SearchTable<T>(
    String select, String from, String base, String key, Map<String, SearchField> fields, RowMapper<T> rows) {

  SearchField field(String name, String what) {
    SearchField field = fields.get(name);
    if (field == null) {
      throw new InvalidArgumentException("Unknown or unsupported " + what + " '" + name + "'; supported: "
          + names());
    }
    return field;
  }

  Set<String> names() {
    return new TreeSet<>(fields.keySet());
  }

  /** Collects fields, in order; aliases are further names of a field already added. */
  static final class Fields {
    private final Map<String, SearchField> fields = new LinkedHashMap<>();

    Fields add(String name, String sql, FieldType type) {
      fields.put(name, SearchField.of(name, sql, type));
      return this;
    }

    Fields required(String name, String sql, FieldType type) {
      fields.put(name, SearchField.required(name, sql, type));
      return this;
    }

    Fields add(SearchField field) {
      fields.put(field.name(), field);
      return this;
    }

    Fields alias(String alias, String name) {
      SearchField field = fields.get(name);
      fields.put(alias, new SearchField(alias, field.sql(), field.type(), field.column(), field.stored(),
          field.nullable()));
      return this;
    }

    Map<String, SearchField> build() {
      return Map.copyOf(fields);
    }
  }
}
