package nl.stedendriehoek.kringloop.gateway;

/** Keys are 64-bit numbers; REST shows them as JSON strings, gRPC as int64. */
public final class Keys {

  private Keys() {}

  public static String format(long key) {
    return Long.toString(key);
  }

  public static String format(Long key) {
    return key == null ? null : Long.toString(key);
  }

  /** Parses a key sent as text, naming the field when it is not a number. */
  public static long parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("Expected '" + field + "' to be a key (a number), but it was empty");
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          "Expected '" + field + "' to be a key (a number), but got '" + value + "'");
    }
  }

  public static Long parseOptional(String field, String value) {
    return value == null ? null : parse(field, value);
  }
}
