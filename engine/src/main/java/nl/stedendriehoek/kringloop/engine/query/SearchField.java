package nl.stedendriehoek.kringloop.engine.query;

import java.util.List;
import java.util.Map;

/**
 * A field of a search result as SQL: the expression it is read, compared and sorted by. A field
 * whose API values differ from the stored ones (states) maps each API value to the stored values
 * it stands for, so equality filters compare the indexed column itself.
 *
 * @param sql expression yielding the API value (for sorting, ranges and like)
 * @param column the stored column, for equality filters through {@code stored}; null if none
 * @param stored API value → stored values; empty when they are the same
 * @param nullable whether the field can be missing (sorted last either way)
 */
public record SearchField(
    String name, String sql, FieldType type, String column, Map<String, List<String>> stored, boolean nullable) {

  public static SearchField of(String name, String sql, FieldType type) {
    return new SearchField(name, sql, type, null, Map.of(), true);
  }

  /** A field that always has a value (a NOT NULL column): orders and cursors need no null handling. */
  public static SearchField required(String name, String sql, FieldType type) {
    return new SearchField(name, sql, type, null, Map.of(), false);
  }

  /** An enumerated field whose API values stand for one or more stored values of {@code column}. */
  public static SearchField mapped(String name, String column, Map<String, List<String>> stored) {
    StringBuilder sql = new StringBuilder("CASE");
    stored.forEach((api, values) -> sql.append(" WHEN ").append(column).append(" IN (")
        .append(String.join(", ", values.stream().map(v -> "'" + v + "'").toList())).append(") THEN '")
        .append(api).append('\''));
    sql.append(" ELSE ").append(column).append(" END");
    return new SearchField(name, sql.toString(), FieldType.TEXT, column, stored, false);
  }

  List<String> storedValues(String apiValue) {
    return stored.getOrDefault(apiValue, List.of(apiValue));
  }

  boolean isMapped() {
    return column != null;
  }

  boolean sortable() {
    return type != FieldType.TEXT_ARRAY && type != FieldType.VARIABLES;
  }

  /** The expression to order and compare by; text in byte order like the API's own comparison. */
  String orderSql() {
    return type == FieldType.TEXT ? "(" + sql + ") COLLATE \"C\"" : sql;
  }
}
