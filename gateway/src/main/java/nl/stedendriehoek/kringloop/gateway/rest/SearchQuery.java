package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.query.Condition;
import nl.stedendriehoek.kringloop.engine.query.Filter;
import nl.stedendriehoek.kringloop.engine.query.Operator;
import nl.stedendriehoek.kringloop.engine.query.Search;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;

/**
 * A search as the client sends it: {@code {filter, sort:[{field, order}], page:{from, limit,
 * after, before}}}. Parsed and validated up front, so an unknown field, operator or order is a
 * 400 naming it.
 */
record SearchQuery(ObjectNode filter, List<Sort> sort, int from, int limit, String after, String before) {

  static final int DEFAULT_LIMIT = 100;
  private static final Set<String> TOP_LEVEL = Set.of("filter", "sort", "page");
  private static final Set<String> PAGE_FIELDS = Set.of("from", "limit", "after", "before");

  record Sort(String field, boolean descending) {}

  static SearchQuery parse(JsonNode body) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!TOP_LEVEL.contains(name)) {
        throw new InvalidRequestException("Unknown field '" + name + "' in search request; expected " + TOP_LEVEL);
      }
    }
    JsonNode filter = body.path("filter");
    if (!filter.isMissingNode() && !filter.isNull() && !filter.isObject()) {
      throw new InvalidRequestException("Expected field 'filter' to be a JSON object, but got " + filter.getNodeType());
    }
    ObjectNode filterObject = filter.isObject() ? (ObjectNode) filter : JsonNodeFactory.instance.objectNode();
    return new SearchQuery(filterObject, sorts(body.path("sort")), pageInt(body, "from", 0),
        pageInt(body, "limit", DEFAULT_LIMIT), pageText(body, "after"), pageText(body, "before"));
  }

  private static List<Sort> sorts(JsonNode sort) {
    if (sort.isMissingNode() || sort.isNull()) {
      return List.of();
    }
    if (!sort.isArray()) {
      throw new InvalidRequestException("Expected field 'sort' to be a JSON array, but got " + sort.getNodeType());
    }
    List<Sort> result = new ArrayList<>();
    for (int i = 0; i < sort.size(); i++) {
      JsonNode entry = sort.get(i);
      JsonNode field = entry.path("field");
      if (!field.isTextual()) {
        throw new InvalidRequestException("Expected field 'sort[" + i + "].field' to be a field name");
      }
      String order = entry.path("order").asText("ASC");
      if (!order.equalsIgnoreCase("ASC") && !order.equalsIgnoreCase("DESC")) {
        throw new InvalidRequestException(
            "Expected field 'sort[" + i + "].order' to be one of [ASC, DESC], but got '" + order + "'");
      }
      result.add(new Sort(field.asText(), order.equalsIgnoreCase("DESC")));
    }
    return result;
  }

  private static int pageInt(JsonNode body, String name, int fallback) {
    JsonNode page = pageObject(body);
    JsonNode value = page.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
      throw new InvalidRequestException("Expected field 'page." + name + "' to be a non-negative integer, but got "
          + value);
    }
    return value.asInt();
  }

  private static String pageText(JsonNode body, String name) {
    JsonNode value = pageObject(body).path(name);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private static JsonNode pageObject(JsonNode body) {
    JsonNode page = body.path("page");
    if (page.isMissingNode() || page.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!page.isObject()) {
      throw new InvalidRequestException("Expected field 'page' to be a JSON object, but got " + page.getNodeType());
    }
    for (Iterator<String> names = page.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!PAGE_FIELDS.contains(name)) {
        throw new InvalidRequestException("Unknown field 'page." + name + "'; expected " + PAGE_FIELDS);
      }
    }
    return page;
  }

  /**
   * The value a filter field must equal, when the filter states exactly that ({@code "field": v}
   * or {@code {"$eq": v}}); empty otherwise. For searches that narrow their rows before filtering
   * the rest in memory.
   */
  Optional<String> equalTo(String field) {
    JsonNode value = filter.path(field);
    if (value.isValueNode() && !value.isNull()) {
      return Optional.of(value.asText());
    }
    if (value.isObject() && value.size() == 1 && value.path("$eq").isValueNode() && !value.path("$eq").isNull()) {
      return Optional.of(value.path("$eq").asText());
    }
    return Optional.empty();
  }

  /** This search for the engine, which runs it in SQL. */
  Search toSearch() {
    return new Search(SearchFilters.of(filter), sort.stream().map(s -> new Search.Sort(s.field(), s.descending()))
        .toList(), from, limit, after, before);
  }

  /** As {@link #toSearch()}, narrowed further by one field's value (a path's key). */
  Search toSearch(String field, long key) {
    Search search = toSearch();
    List<Condition> conditions = new ArrayList<>(search.filter().conditions());
    conditions.add(new Condition.Criterion(field, Operator.EQ, key));
    return new Search(new Filter(conditions), search.sort(), from, limit, after, before);
  }

  /** The one row with that key, for the gets by key. */
  static Search byKey(String field, long key) {
    return byField(field, key, 1);
  }

  /** The first {@code limit} items whose {@code field} equals {@code value}. */
  static Search byField(String field, Object value, int limit) {
    return new Search(new Filter(List.of(new Condition.Criterion(field, Operator.EQ, value))), List.of(), 0, limit,
        null, null);
  }

  static String cursor(int index) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(index).getBytes(StandardCharsets.UTF_8));
  }

  static int index(String cursor, String field) {
    try {
      return Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Expected field 'page." + field + "' to be a cursor from an earlier page, but got '"
          + cursor + "'");
    }
  }

  /** Filter fields whose names differ from the result's (filter name → result name). */
  record Aliases(Map<String, String> names) {
    static Aliases none() {
      return new Aliases(Map.of());
    }

    String resolve(String filterField) {
      return names.getOrDefault(filterField, filterField);
    }
  }
}
