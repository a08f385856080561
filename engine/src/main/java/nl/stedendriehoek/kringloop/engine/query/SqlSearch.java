package nl.stedendriehoek.kringloop.engine.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a {@link Search} on a {@link SearchTable} in SQL: one count of all matches and one query
 * for the page, ordered by the requested fields (missing values last) and then the key, the way
 * the last field runs (so an index on both serves the order). Cursors
 * page by key set ({@code WHERE (sort values, key) beyond the cursor's}), so deep pages cost as
 * much as the first; {@code from} pages by offset.
 */
final class SqlSearch {

  private final JdbcClient jdbc;

  SqlSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Row<T>(T item, List<Object> position) {}

  <T> SearchPage<T> run(SearchTable<T> table, Search search) {
    SqlFragment where = new SqlFragment().append(table.base()).append(" AND (")
        .append(new ConditionSql(table).of(search.filter())).append(")");
    List<SearchField> order = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    for (Search.Sort sort : search.sort()) {
      SearchField field = table.field(sort.field(), "sort field");
      if (!field.sortable()) {
        throw new InvalidArgumentException("Unsupported sort field '" + sort.field() + "': it holds a list");
      }
      order.add(field);
      descending.add(sort.descending());
    }
    order.add(SearchField.required("key", table.key(), FieldType.KEY));
    descending.add(!descending.isEmpty() && descending.get(descending.size() - 1));

    long total = jdbc.sql("SELECT count(*) FROM " + table.from() + " WHERE " + where.sql()).params(where.params())
        .query(Long.class).single();

    boolean backwards = search.before() != null;
    SqlFragment page = new SqlFragment().append("SELECT " + table.select());
    for (int i = 0; i < order.size(); i++) {
      page.append(", " + order.get(i).orderSql() + " AS sort_" + i);
    }
    page.append(" FROM " + table.from() + " WHERE ").append(where);
    if (search.after() != null) {
      List<Object> values = Cursor.decode(search.after(), order, "after");
      page.append(" AND (").append(keyset(order, descending, values, true)).append(")");
    }
    if (search.before() != null) {
      List<Object> values = Cursor.decode(search.before(), order, "before");
      page.append(" AND (").append(keyset(order, descending, values, false)).append(")");
    }
    page.append(" ORDER BY ");
    for (int i = 0; i < order.size(); i++) {
      boolean desc = descending.get(i) ^ backwards;
      page.append((i == 0 ? "" : ", ") + "sort_" + i + (desc ? " DESC" : " ASC")
          + (!order.get(i).nullable() ? "" : backwards ? " NULLS FIRST" : " NULLS LAST"));
    }
    page.append(" LIMIT ?", search.limit());
    if (search.after() == null && search.before() == null && search.from() > 0) {
      page.append(" OFFSET ?", search.from());
    }
    int columns = order.size();
    List<Row<T>> rows = new ArrayList<>(jdbc.sql(page.sql()).params(page.params()).query((rs, i) -> {
      List<Object> position = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        position.add(rs.getObject("sort_" + c));
      }
      return new Row<>(table.rows().mapRow(rs, i), position);
    }).list());
    if (backwards) {
      Collections.reverse(rows);
    }
    if (rows.isEmpty()) {
      return new SearchPage<>(List.of(), total, null, null);
    }
    return new SearchPage<>(rows.stream().map(Row::item).toList(), total,
        Cursor.encode(rows.get(0).position()), Cursor.encode(rows.get(rows.size() - 1).position()));
  }

  /**
   * Rows strictly after ({@code after}) or before the position {@code values}, in the order of
   * {@code fields} where missing values come last. When no field can be missing and all run the
   * same way, one row comparison, which an index on those columns answers as a range.
   */
  private static SqlFragment keyset(List<SearchField> fields, List<Boolean> descending, List<Object> values,
      boolean after) {
    boolean sameWay = descending.stream().distinct().count() == 1;
    if (sameWay && fields.stream().noneMatch(SearchField::nullable)) {
      String beyond = descending.get(0) ^ !after ? " < " : " > ";
      SqlFragment sql = new SqlFragment().append("(");
      for (int i = 0; i < fields.size(); i++) {
        sql.append((i == 0 ? "" : ", ") + fields.get(i).orderSql());
      }
      return sql.append(")" + beyond + "(").placeholders(values).append(")");
    }
    return keyset(fields, descending, values, 0, after);
  }

  private static SqlFragment keyset(List<SearchField> fields, List<Boolean> descending, List<Object> values, int i,
      boolean after) {
    String e = fields.get(i).orderSql();
    Object v = values.get(i);
    String beyond = descending.get(i) ^ !after ? " < ?" : " > ?";
    SqlFragment sql = new SqlFragment();
    if (i == fields.size() - 1) {
      return v == null ? sql.append("FALSE") : sql.append(e + beyond, v);
    }
    SqlFragment rest = keyset(fields, descending, values, i + 1, after);
    if (!fields.get(i).nullable()) {
      return sql.append("(" + e + beyond + ") OR (" + e + " = ? AND (", v, v).append(rest).append("))");
    }
    if (after) {
      return v == null
          ? sql.append(e + " IS NULL AND (").append(rest).append(")")
          : sql.append("(" + e + beyond + ") OR " + e + " IS NULL OR (" + e + " = ? AND (", v, v).append(rest)
              .append("))");
    }
    return v == null
        ? sql.append(e + " IS NOT NULL OR (" + e + " IS NULL AND (").append(rest).append("))")
        : sql.append("(" + e + beyond + ") OR (" + e + " = ? AND (", v, v).append(rest).append("))");
  }
}
