package nl.stedendriehoek.kringloop.workers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads loosely typed process variables (JSON numbers, strings and lists as the engine delivers
 * them) into Java values. A value of the wrong shape reads as absent, so the caller's validation
 * reports it to the user instead of failing the job.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  public static String text(Map<String, ?> values, String name) {
    return text(values == null ? null : values.get(name));
  }

  /** The text, stripped; blank reads as absent. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** An integer, also from a whole JSON number such as {@code 3.0} or a numeric string. */
  public static Integer integer(Map<String, ?> values, String name) {
    Object value = values == null ? null : values.get(name);
    if (value instanceof Number number) {
      double asDouble = number.doubleValue();
      return asDouble == Math.rint(asDouble) ? (int) asDouble : null;
    }
    if (value instanceof String text) {
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  public static List<String> texts(Map<String, ?> values, String name) {
    Object value = values == null ? null : values.get(name);
    return texts(value);
  }

  public static List<String> texts(Object value) {
    List<String> texts = new ArrayList<>();
    if (value instanceof Iterable<?> items) {
      for (Object item : items) {
        if (item != null && !item.toString().isBlank()) {
          texts.add(item.toString().strip());
        }
      }
    }
    return texts;
  }

  public static List<Integer> integers(Map<String, ?> values, String name) {
    return integers(values == null ? null : values.get(name));
  }

  /** Whole numbers from a list of numbers or numeric strings (form checklists send strings). */
  public static List<Integer> integers(Object value) {
    List<Integer> integers = new ArrayList<>();
    for (String text : texts(value)) {
      Integer number = integer(Map.of("v", text.replaceAll("\\.0+$", "")), "v");
      if (number != null) {
        integers.add(number);
      }
    }
    return integers;
  }
}
