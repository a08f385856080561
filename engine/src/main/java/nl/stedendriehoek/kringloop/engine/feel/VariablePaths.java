package nl.stedendriehoek.kringloop.engine.feel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The most common FEEL in mappings is a plain variable path ({@code order.total}). Evaluating it
 * through the FEEL interpreter costs far more than the lookup (feel-engine rebuilds its built-in
 * functions on every evaluation), so such paths are read straight from the variables, with FEEL's
 * result: a missing variable or property is null. Anything the lookup cannot answer exactly (a
 * path through a list, which FEEL projects) goes to the interpreter.
 */
final class VariablePaths {

  private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Set<String> KEYWORDS = Set.of(
      "true", "false", "null", "not", "and", "or", "for", "if", "then", "else", "some", "every", "in",
      "between", "instance", "of", "function", "return", "satisfies", "external");

  private VariablePaths() {}

  /** The segments of a plain path, or null when the text is anything else. */
  static List<String> of(String feelText) {
    String text = feelText.strip();
    if (!PATH.matcher(text).matches()) {
      return null;
    }
    List<String> segments = Arrays.asList(text.split("\\."));
    return segments.stream().anyMatch(KEYWORDS::contains) ? null : List.copyOf(segments);
  }

  /** The value at the path, NullNode when absent, or null when only FEEL can tell. */
  static JsonNode read(List<String> path, Map<String, JsonNode> variables) {
    JsonNode current = variables.get(path.get(0));
    for (int i = 1; i < path.size(); i++) {
      if (current == null || current.isNull()) {
        return NullNode.getInstance();
      }
      if (!current.isObject()) {
        return null;
      }
      current = current.get(path.get(i));
    }
    return current == null ? NullNode.getInstance() : current;
  }
}
