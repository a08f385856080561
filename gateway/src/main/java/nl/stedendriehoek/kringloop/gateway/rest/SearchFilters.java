package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.query.Condition;
import nl.stedendriehoek.kringloop.engine.query.Condition.Criterion;
import nl.stedendriehoek.kringloop.engine.query.Filter;
import nl.stedendriehoek.kringloop.engine.query.Operator;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;

/**
 * A search filter as the client sends it, as the engine's {@link Filter}: {@code "field": value}
 * and {@code "field": {"$op": operand, …}} become criteria, {@code "$or": [filters]} an any-of, and
 * a list of {@code {name, value}} (process-instance {@code variables}) variable matches. Unset
 * fields ({@code null}, {@code []}, {@code {}}) do not filter, as the client sends them so.
 */
final class SearchFilters {

  private SearchFilters() {}

  static Filter of(ObjectNode filter) {
    List<Condition> conditions = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String field = entry.getKey();
      JsonNode value = entry.getValue();
      if (value == null || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
        continue;
      }
      if (field.equals("$or")) {
        conditions.add(anyOf(value));
      } else if (value.isObject()) {
        conditions.addAll(operators(field, value));
      } else if (value.isArray()) {
        conditions.addAll(list(field, value));
      } else {
        conditions.add(new Criterion(field, Operator.EQ, scalar(value)));
      }
    }
    return new Filter(conditions);
  }

  private static Condition anyOf(JsonNode alternatives) {
    if (!alternatives.isArray()) {
      throw new InvalidRequestException("Expected filter field '$or' to be a JSON array of filters");
    }
    List<Filter> filters = new ArrayList<>();
    for (JsonNode alternative : alternatives) {
      if (!alternative.isObject()) {
        throw new InvalidRequestException("Expected each entry of filter field '$or' to be a JSON object");
      }
      filters.add(of((ObjectNode) alternative));
    }
    return new Condition.AnyOf(filters);
  }

  private static List<Criterion> operators(String field, JsonNode condition) {
    List<Criterion> criteria = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = condition.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> op = it.next();
      Operator operator = Operator.fromWire(op.getKey()).orElseThrow(() -> new InvalidRequestException(
          "Unknown operator '" + op.getKey() + "' in filter field '" + field + "'; expected one of "
              + Operator.wireNames()));
      JsonNode operand = op.getValue();
      if (operand == null || operand.isNull()) {
        continue;
      }
      if (operator.takesList()) {
        if (!operand.isArray()) {
          throw new InvalidRequestException("Expected '" + op.getKey() + "' of filter field '" + field
              + "' to be a JSON array");
        }
        List<Object> values = new ArrayList<>();
        operand.forEach(v -> values.add(scalar(field, v)));
        criteria.add(new Criterion(field, operator, values));
      } else {
        criteria.add(new Criterion(field, operator, scalar(field, operand)));
      }
    }
    return criteria;
  }

  /** {@code [{name, value}, …]} are variable matches; a list of values must each be contained. */
  private static List<Condition> list(String field, JsonNode values) {
    List<Condition> conditions = new ArrayList<>();
    for (JsonNode value : values) {
      if (value.isObject()) {
        JsonNode name = value.path("name");
        if (!name.isTextual()) {
          throw new InvalidRequestException("Expected each entry of filter field '" + field
              + "' to have a 'name'");
        }
        JsonNode match = value.path("value");
        List<Criterion> criteria = match.isObject() ? operators("value", match)
            : match.isMissingNode() || match.isNull() ? List.of()
                : List.of(new Criterion("value", Operator.EQ, scalar("value", match)));
        conditions.add(new Condition.VariableMatch(field, name.asText(), criteria));
      } else {
        conditions.add(new Criterion(field, Operator.EQ, scalar(field, value)));
      }
    }
    return conditions;
  }

  private static Object scalar(String field, JsonNode value) {
    if (value.isContainerNode()) {
      throw new InvalidRequestException("Expected an operand of filter field '" + field
          + "' to be a single value, but got " + value);
    }
    return scalar(value);
  }

  private static Object scalar(JsonNode value) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    return value.asText();
  }
}
