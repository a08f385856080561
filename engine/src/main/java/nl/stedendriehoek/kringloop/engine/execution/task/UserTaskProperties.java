package nl.stedendriehoek.kringloop.engine.execution.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.feel.Expression;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;

/**
 * Evaluates the properties of a user task. The first bad value raises an incident naming the
 * property; the caller checks {@link #failed()} and leaves the task ACTIVATING.
 */
final class UserTaskProperties {

  private final ElementInstance instance;
  private final Execution execution;
  private boolean failed;

  UserTaskProperties(ElementInstance instance, Execution execution) {
    this.instance = instance;
    this.execution = execution;
  }

  boolean failed() {
    return failed;
  }

  Optional<String> text(Expression expression, String property) {
    JsonNode value = evaluate(expression, property);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      return fail(property, expression, "a string", value);
    }
    return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }

  /** A FEEL list of strings, or a static comma-separated text. */
  Optional<List<String>> list(Expression expression, String property) {
    JsonNode value = evaluate(expression, property);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return Optional.of(Arrays.stream(value.asText().split(",")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList());
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          return fail(property, expression, "a list of strings", value);
        }
        items.add(item.asText());
      }
      return Optional.of(items);
    }
    return fail(property, expression, "a list of strings", value);
  }

  Optional<Instant> date(Expression expression, String property) {
    Optional<String> text = text(expression, property);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(ZonedDateTime.parse(text.get()).toInstant());
      } catch (DateTimeParseException again) {
        return fail(property, expression, "an ISO 8601 date-time with offset", execution.evaluate(expression,
            instance.key()).value());
      }
    }
  }

  Optional<Integer> priority(Expression expression) {
    JsonNode value = evaluate(expression, "priority");
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual() && value.asText().strip().matches("\\d+")) {
      value = com.fasterxml.jackson.databind.node.IntNode.valueOf(Integer.parseInt(value.asText().strip()));
    }
    if (!value.isIntegralNumber() || value.intValue() < 0 || value.intValue() > 100) {
      return fail("priority", expression, "a whole number between 0 and 100", value);
    }
    return Optional.of(value.intValue());
  }

  private JsonNode evaluate(Expression expression, String property) {
    if (expression == null || failed) {
      return null;
    }
    Evaluation evaluation = execution.evaluate(expression, instance.key());
    if (evaluation.failed()) {
      failed = true;
      execution.raiseIncident(instance, ErrorType.EXTRACT_VALUE_ERROR,
          "Failed to evaluate the " + property + " of " + Execution.describe(instance) + ": "
              + evaluation.failure(), null);
      return null;
    }
    return evaluation.value();
  }

  private <T> Optional<T> fail(String property, Expression expression, String expected, JsonNode got) {
    failed = true;
    execution.raiseIncident(instance, ErrorType.EXTRACT_VALUE_ERROR,
        "Expected the " + property + " '" + expression.source() + "' of " + Execution.describe(instance)
            + " to be " + expected + ", but got " + got, null);
    return Optional.empty();
  }
}
