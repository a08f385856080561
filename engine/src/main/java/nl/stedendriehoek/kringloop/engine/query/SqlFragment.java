package nl.stedendriehoek.kringloop.engine.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** SQL text with its positional parameters, built together so they never get out of step. */
final class SqlFragment {

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  SqlFragment append(String text, Object... parameters) {
    sql.append(text);
    Collections.addAll(params, parameters);
    return this;
  }

  SqlFragment append(SqlFragment other) {
    sql.append(other.sql);
    params.addAll(other.params);
    return this;
  }

  /** {@code ?, ?, ?} for the given values. */
  SqlFragment placeholders(List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
      params.add(values.get(i));
    }
    return this;
  }

  boolean isEmpty() {
    return sql.isEmpty();
  }

  String sql() {
    return sql.toString();
  }

  List<Object> params() {
    return params;
  }
}
