package nl.stedendriehoek.kringloop.engine.query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;

/**
 * The type of a searchable field: how an operand from the API becomes a SQL parameter. Keys are
 * strings in the API and bigint in the database; dates are ISO-8601 strings.
 */
public enum FieldType {
  KEY,
  TEXT,
  INTEGER,
  DATE,
  BOOLEAN,
  /** A text[] column; a condition holds when one of its elements satisfies it. */
  TEXT_ARRAY,
  /** Not a column: variables of the row's scope, filtered by name and value. */
  VARIABLES;

  /** The operand as the JDBC parameter for a column of this type, or a 400 naming the field. */
  Object parameter(String field, Object operand) {
    if (operand == null) {
      throw invalid(field, "a value", null);
    }
    return switch (this) {
      case KEY -> key(field, operand);
      case INTEGER -> integer(field, operand);
      case DATE -> date(field, operand);
      case BOOLEAN -> bool(field, operand);
      default -> operand.toString();
    };
  }

  private static Long key(String field, Object operand) {
    try {
      long key = operand instanceof Number n ? n.longValue() : Long.parseLong(operand.toString());
      return key;
    } catch (NumberFormatException e) {
      throw invalid(field, "a key (a number as a string)", operand);
    }
  }

  private static Object integer(String field, Object operand) {
    try {
      BigDecimal value = operand instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(operand.toString());
      return value.stripTrailingZeros().scale() <= 0 ? (Object) value.longValueExact() : value;
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid(field, "a number", operand);
    }
  }

  private static OffsetDateTime date(String field, Object operand) {
    try {
      return OffsetDateTime.parse(operand.toString());
    } catch (DateTimeParseException e) {
      throw invalid(field, "an ISO-8601 date-time", operand);
    }
  }

  private static Boolean bool(String field, Object operand) {
    if (operand instanceof Boolean b) {
      return b;
    }
    if ("true".equals(operand.toString()) || "false".equals(operand.toString())) {
      return Boolean.parseBoolean(operand.toString());
    }
    throw invalid(field, "a boolean", operand);
  }

  static InvalidArgumentException invalid(String field, String expected, Object operand) {
    return new InvalidArgumentException("Expected filter field '" + field + "' to be " + expected + ", but got '"
        + operand + "'");
  }
}
