package nl.stedendriehoek.kringloop.engine.query;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.query.Condition.AnyOf;
import nl.stedendriehoek.kringloop.engine.query.Condition.Criterion;
import nl.stedendriehoek.kringloop.engine.query.Condition.VariableMatch;

/**
 * Turns a {@link Filter} into a SQL condition with the semantics of the Camunda 8 search API: a
 * missing value never equals, and always differs from, an operand; {@code $like} takes {@code *}
 * and {@code ?} wildcards; an empty {@code $in} list does not narrow; a text[] field holds when
 * one of its elements does.
 */
final class ConditionSql {

  private static final SearchField VARIABLE_VALUE = SearchField.of("value", "v.value::text", FieldType.TEXT);

  private final SearchTable<?> table;

  ConditionSql(SearchTable<?> table) {
    this.table = table;
  }

  SqlFragment of(Filter filter) {
    SqlFragment sql = new SqlFragment();
    if (filter.conditions().isEmpty()) {
      return sql.append("TRUE");
    }
    String and = "";
    for (Condition condition : filter.conditions()) {
      sql.append(and).append("(").append(of(condition)).append(")");
      and = " AND ";
    }
    return sql;
  }

  private SqlFragment of(Condition condition) {
    if (condition instanceof Criterion c) {
      return criterion(table.field(c.field(), "filter field"), c);
    }
    if (condition instanceof AnyOf any) {
      return anyOf(any.alternatives());
    }
    return variable((VariableMatch) condition);
  }

  private SqlFragment anyOf(List<Filter> alternatives) {
    SqlFragment sql = new SqlFragment();
    if (alternatives.isEmpty()) {
      return sql.append("TRUE");
    }
    String or = "";
    for (Filter alternative : alternatives) {
      sql.append(or).append("(").append(of(alternative)).append(")");
      or = " OR ";
    }
    return sql;
  }

  private SqlFragment variable(VariableMatch match) {
    SearchField field = table.field(match.field(), "filter field");
    if (field.type() != FieldType.VARIABLES) {
      throw new InvalidArgumentException("Expected filter field '" + match.field()
          + "' to be a value, not a list of variables");
    }
    SqlFragment sql = new SqlFragment().append("EXISTS (SELECT 1 FROM engine.variable v WHERE " + field.sql()
        + " AND v.name = ?", match.name());
    for (Criterion criterion : match.value()) {
      sql.append(" AND ").append(criterion(VARIABLE_VALUE, criterion));
    }
    return sql.append(")");
  }

  private SqlFragment criterion(SearchField field, Criterion c) {
    if (field.type() == FieldType.VARIABLES) {
      throw new InvalidArgumentException("Expected filter field '" + c.field()
          + "' to be a list of {name, value} variable filters");
    }
    if (field.type() == FieldType.TEXT_ARRAY) {
      return arrayCriterion(field, c);
    }
    return scalar(field, field.sql(), c);
  }

  private SqlFragment arrayCriterion(SearchField field, Criterion c) {
    SqlFragment sql = new SqlFragment();
    return switch (c.operator()) {
      case EQ -> sql.append(field.sql() + " @> ARRAY[?]::text[]", c.operand().toString());
      case IN -> list(c).isEmpty() ? sql.append("TRUE")
          : sql.append(field.sql() + " && ARRAY[").placeholders(texts(list(c))).append("]::text[]");
      case EXISTS -> sql.append(exists(c) ? "TRUE" : "FALSE");
      default -> sql.append("EXISTS (SELECT 1 FROM unnest(" + field.sql() + ") AS element(value) WHERE ")
          .append(scalar(SearchField.of(c.field(), "element.value", FieldType.TEXT), "element.value", c))
          .append(")");
    };
  }

  private SqlFragment scalar(SearchField field, String expression, Criterion c) {
    SqlFragment sql = new SqlFragment();
    String name = c.field();
    FieldType type = field.type();
    if (field.isMapped() && (c.operator() == Operator.EQ || c.operator() == Operator.NEQ
        || c.operator() == Operator.IN || c.operator() == Operator.NOT_IN)) {
      return mapped(field, c);
    }
    String ordered = type == FieldType.TEXT ? "(" + expression + ") COLLATE \"C\"" : expression;
    return switch (c.operator()) {
      case EQ -> sql.append(expression + " = ?", type.parameter(name, c.operand()));
      case NEQ -> sql.append("(" + expression + " IS NULL OR " + expression + " <> ?)",
          type.parameter(name, c.operand()));
      case EXISTS -> sql.append(expression + (exists(c) ? " IS NOT NULL" : " IS NULL"));
      case IN -> list(c).isEmpty() ? sql.append("TRUE")
          : sql.append(expression + " IN (").placeholders(parameters(type, name, list(c))).append(")");
      case NOT_IN -> list(c).isEmpty() ? sql.append("TRUE")
          : sql.append("(" + expression + " IS NULL OR " + expression + " NOT IN (")
              .placeholders(parameters(type, name, list(c))).append("))");
      case LIKE -> sql.append("CAST(" + expression + " AS text) LIKE ? ESCAPE '\\'", like(c.operand().toString()));
      case GT -> sql.append(ordered + " > ?", type.parameter(name, c.operand()));
      case GTE -> sql.append(ordered + " >= ?", type.parameter(name, c.operand()));
      case LT -> sql.append(ordered + " < ?", type.parameter(name, c.operand()));
      case LTE -> sql.append(ordered + " <= ?", type.parameter(name, c.operand()));
    };
  }

  private static SqlFragment mapped(SearchField field, Criterion c) {
    List<String> stored = (c.operator().takesList() ? list(c) : List.of(c.operand())).stream()
        .flatMap(value -> field.storedValues(value.toString()).stream()).toList();
    SqlFragment sql = new SqlFragment();
    if (c.operator().takesList() && stored.isEmpty()) {
      return sql.append("TRUE");
    }
    boolean negated = c.operator() == Operator.NEQ || c.operator() == Operator.NOT_IN;
    return negated
        ? sql.append("(" + field.column() + " IS NULL OR " + field.column() + " NOT IN (").placeholders(stored)
            .append("))")
        : sql.append(field.column() + " IN (").placeholders(stored).append(")");
  }

  private static boolean exists(Criterion c) {
    return Boolean.TRUE.equals(FieldType.BOOLEAN.parameter(c.field(), c.operand()));
  }

  private static List<?> list(Criterion c) {
    if (!(c.operand() instanceof List<?> values)) {
      throw new InvalidArgumentException("Expected '" + c.operator().wireName() + "' of filter field '" + c.field()
          + "' to be a JSON array");
    }
    return values;
  }

  private static List<Object> parameters(FieldType type, String field, List<?> values) {
    return values.stream().map(v -> type.parameter(field, v)).toList();
  }

  private static List<String> texts(List<?> values) {
    return values.stream().map(Object::toString).toList();
  }

  /** The API's {@code *} and {@code ?} wildcards as SQL LIKE, everything else literal. */
  static String like(String pattern) {
    StringBuilder like = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> like.append('%');
        case '?' -> like.append('_');
        case '%', '_', '\\' -> like.append('\\').append(c);
        default -> like.append(c);
      }
    }
    return like.toString();
  }
}
