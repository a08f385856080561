package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;

/**
 * Applies a search's filter, sort and page to a small list in the client's own result shape: the
 * process definitions (from the engine's cache) and the variables a user task sees (resolved by
 * scope). Every other search runs in SQL ({@code engine.query.EngineSearches}); the operators
 * ({@code $eq $neq $exists $in $notIn $like $gt $gte $lt $lte}, {@code $or}) mean the same here.
 */
final class InMemorySearch {

  private final ObjectMapper mapper;

  InMemorySearch(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The JSON field names of a generated result class. */
  Set<String> fieldsOf(Class<?> resultType) {
    Set<String> names = new java.util.TreeSet<>();
    mapper.getSerializationConfig().introspect(mapper.constructType(resultType)).findProperties()
        .forEach(property -> names.add(property.getName()));
    return names;
  }

  /**
   * @param results the candidates, as generated result objects
   * @param fields the result's field names (what may be filtered and sorted on)
   * @param aliases filter names that differ from result names
   */
  ObjectNode run(SearchQuery query, List<?> results, Set<String> fields, SearchQuery.Aliases aliases) {
    query.sort().forEach(sort -> requireKnown(aliases.resolve(sort.field()), sort.field(), fields, "sort field"));
    validate(query.filter(), fields, aliases);
    List<ObjectNode> items = new ArrayList<>();
    for (Object result : results) {
      ObjectNode item = mapper.valueToTree(result);
      if (matches(item, query.filter(), fields, aliases)) {
        items.add(item);
      }
    }
    if (!query.sort().isEmpty()) {
      items.sort(comparator(query.sort(), aliases));
    }
    return page(query, items);
  }

  private ObjectNode page(SearchQuery query, List<ObjectNode> items) {
    int start = query.from();
    int end;
    if (query.after() != null) {
      start = SearchQuery.index(query.after(), "after") + 1;
    }
    if (query.before() != null) {
      end = Math.min(SearchQuery.index(query.before(), "before"), items.size());
      start = Math.max(end - query.limit(), 0);
    } else {
      start = Math.min(start, items.size());
      end = (int) Math.min((long) start + query.limit(), items.size());
    }
    ObjectNode response = mapper.createObjectNode();
    ArrayNode array = response.putArray("items");
    items.subList(start, Math.max(start, end)).forEach(array::add);
    ObjectNode page = response.putObject("page");
    page.put("totalItems", items.size());
    page.put("hasMoreTotalItems", false);
    if (end > start) {
      page.put("startCursor", SearchQuery.cursor(start));
      page.put("endCursor", SearchQuery.cursor(end - 1));
    }
    return response;
  }

  /** Rejects unknown fields and operators up front, whether or not any candidate would reach them. */
  private void validate(ObjectNode filter, Set<String> fields, SearchQuery.Aliases aliases) {
    for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode condition = entry.getValue();
      if (condition == null || condition.isNull() || (condition.isContainerNode() && condition.isEmpty())) {
        continue;
      }
      if (entry.getKey().equals("$or")) {
        if (!condition.isArray()) {
          throw new InvalidRequestException("Expected filter field '$or' to be a JSON array of filters");
        }
        for (JsonNode alternative : condition) {
          if (!alternative.isObject()) {
            throw new InvalidRequestException("Expected each entry of filter field '$or' to be a JSON object");
          }
          validate((ObjectNode) alternative, fields, aliases);
        }
        continue;
      }
      requireKnown(aliases.resolve(entry.getKey()), entry.getKey(), fields, "filter field");
      if (condition.isObject()) {
        condition.fieldNames().forEachRemaining(op -> {
          if (!OPERATORS.contains(op)) {
            throw new InvalidRequestException("Unknown operator '" + op + "' in filter field '" + entry.getKey()
                + "'; expected one of " + OPERATORS);
          }
        });
      }
    }
  }

  private static final List<String> OPERATORS =
      List.of("$eq", "$neq", "$exists", "$in", "$notIn", "$like", "$gt", "$gte", "$lt", "$lte");

  private boolean matches(ObjectNode item, ObjectNode filter, Set<String> fields, SearchQuery.Aliases aliases) {
    for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode condition = entry.getValue();
      if (condition == null || condition.isNull() || (condition.isContainerNode() && condition.isEmpty())) {
        continue; // the client sends unset list filters as [] and unset objects as {}
      }
      if (name.equals("$or")) {
        if (!anyMatches(item, condition, fields, aliases)) {
          return false;
        }
        continue;
      }
      String field = aliases.resolve(name);
      requireKnown(field, name, fields, "filter field");
      if (!satisfies(item.path(field), condition, name)) {
        return false;
      }
    }
    return true;
  }

  private boolean anyMatches(ObjectNode item, JsonNode alternatives, Set<String> fields, SearchQuery.Aliases aliases) {
    if (!alternatives.isArray()) {
      throw new InvalidRequestException("Expected filter field '$or' to be a JSON array of filters");
    }
    if (alternatives.isEmpty()) {
      return true;
    }
    for (JsonNode alternative : alternatives) {
      if (!alternative.isObject()) {
        throw new InvalidRequestException("Expected each entry of filter field '$or' to be a JSON object");
      }
      if (matches(item, (ObjectNode) alternative, fields, aliases)) {
        return true;
      }
    }
    return false;
  }

  private static void requireKnown(String field, String asSent, Set<String> fields, String what) {
    if (!fields.contains(field)) {
      throw new InvalidRequestException("Unknown or unsupported " + what + " '" + asSent + "'; supported: " + fields);
    }
  }

  /** An array-valued field (candidate groups) matches when one of its elements does. */
  private boolean satisfies(JsonNode value, JsonNode condition, String name) {
    if (value.isArray()) {
      if (condition.isObject() && condition.has("$exists")) {
        return operator(value, "$exists", condition.get("$exists"), name);
      }
      for (JsonNode element : value) {
        if (satisfies(element, condition, name)) {
          return true;
        }
      }
      return false;
    }
    if (!condition.isObject()) {
      return present(value) && equal(value, condition);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = condition.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> op = it.next();
      if (op.getValue() == null || op.getValue().isNull()) {
        continue;
      }
      if (!operator(value, op.getKey(), op.getValue(), name)) {
        return false;
      }
    }
    return true;
  }

  private boolean operator(JsonNode value, String op, JsonNode operand, String name) {
    return switch (op) {
      case "$eq" -> present(value) && equal(value, operand);
      case "$neq" -> !present(value) || !equal(value, operand);
      case "$exists" -> present(value) == operand.asBoolean();
      case "$in" -> list(operand, name, op).isEmpty()
          || present(value) && list(operand, name, op).stream().anyMatch(o -> equal(value, o));
      case "$notIn" -> !present(value) || list(operand, name, op).stream().noneMatch(o -> equal(value, o));
      case "$like" -> present(value) && like(operand.asText()).matcher(value.asText()).matches();
      case "$gt" -> present(value) && compare(value, operand) > 0;
      case "$gte" -> present(value) && compare(value, operand) >= 0;
      case "$lt" -> present(value) && compare(value, operand) < 0;
      case "$lte" -> present(value) && compare(value, operand) <= 0;
      default -> throw new InvalidRequestException("Unknown operator '" + op + "' in filter field '" + name
          + "'; expected one of $eq, $neq, $exists, $in, $notIn, $like, $gt, $gte, $lt, $lte");
    };
  }

  private static List<JsonNode> list(JsonNode operand, String name, String op) {
    if (!operand.isArray()) {
      throw new InvalidRequestException("Expected '" + op + "' of filter field '" + name + "' to be a JSON array");
    }
    List<JsonNode> values = new ArrayList<>();
    operand.forEach(values::add);
    return values;
  }

  private static boolean present(JsonNode value) {
    return !value.isMissingNode() && !value.isNull();
  }

  private static boolean equal(JsonNode value, JsonNode operand) {
    if (value.isNumber() && operand.isNumber()) {
      return value.decimalValue().compareTo(operand.decimalValue()) == 0;
    }
    return value.asText().equals(operand.asText());
  }

  static int compare(JsonNode a, JsonNode b) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    if (x != null && y != null) {
      return x.compareTo(y);
    }
    OffsetDateTime s = date(a);
    OffsetDateTime t = date(b);
    if (s != null && t != null) {
      return s.toInstant().compareTo(t.toInstant());
    }
    return a.asText().compareTo(b.asText());
  }

  private static BigDecimal number(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual() && node.asText().matches("-?\\d+(\\.\\d+)?")) {
      return new BigDecimal(node.asText());
    }
    return null;
  }

  private static OffsetDateTime date(JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static Comparator<ObjectNode> comparator(List<SearchQuery.Sort> sorts, SearchQuery.Aliases aliases) {
    Comparator<ObjectNode> result = (a, b) -> 0;
    for (SearchQuery.Sort sort : sorts) {
      String field = aliases.resolve(sort.field());
      Comparator<ObjectNode> one = (a, b) -> {
        JsonNode x = a.path(field);
        JsonNode y = b.path(field);
        if (!present(x) || !present(y)) {
          return Boolean.compare(!present(x), !present(y));
        }
        int order = compare(x, y);
        return sort.descending() ? -order : order;
      };
      result = result.thenComparing(one);
    }
    return result;
  }
}
