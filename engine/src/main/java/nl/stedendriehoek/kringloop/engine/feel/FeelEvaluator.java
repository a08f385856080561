package nl.stedendriehoek.kringloop.engine.feel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * Parses FEEL once (at deployment) and evaluates the parsed form many times. Values cross the
 * boundary as JSON ({@link JsonValues}), so numbers keep their type and dates become ISO text.
 */
public final class FeelEvaluator {

  private final FeelEngineApi feel;

  public FeelEvaluator(InstantSource clock) {
    this.feel =
        FeelEngineBuilder.forJava()
            .withClock(() -> clock.instant().atZone(ZoneOffset.UTC))
            .build();
  }

  /**
   * Parses an attribute that is FEEL when it starts with {@code =} and static text otherwise.
   *
   * @throws FeelParseException when the FEEL does not parse
   */
  public Expression parseAttribute(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.startsWith("=") ? parseFeel(trimmed.substring(1)) : Expression.staticValue(text);
  }

  /**
   * Parses text that is always FEEL (mapping sources, conditions, scripts); a leading {@code =} is
   * optional.
   */
  public Expression parseFeel(String text) {
    String feelText = text.strip().startsWith("=") ? text.strip().substring(1) : text;
    ParseResult result = feel.parseExpression(feelText);
    if (!result.isSuccess()) {
      throw new FeelParseException(text, result.failure().message());
    }
    return new Expression(text, result.parsedExpression(), VariablePaths.of(feelText));
  }

  /** Evaluates in the given variables; a static expression yields its text. */
  public Evaluation evaluate(Expression expression, Map<String, JsonNode> variables) {
    if (expression.isStatic()) {
      return Evaluation.success(TextNode.valueOf(expression.source()));
    }
    if (expression.path() != null) {
      JsonNode direct = VariablePaths.read(expression.path(), variables);
      if (direct != null) {
        return Evaluation.success(direct);
      }
    }
    EvaluationResult result = feel.evaluate(expression.parsed(), JsonValues.toFeelContext(variables));
    if (!result.isSuccess()) {
      return Evaluation.failure(
          "failed to evaluate expression '" + expression.source() + "': " + result.failure().message());
    }
    return Evaluation.success(JsonValues.fromFeel(result.result()));
  }

  /** The outcome of one evaluation: a JSON value, or a message why there is none. */
  public record Evaluation(JsonNode value, String failure) {

    static Evaluation success(JsonNode value) {
      return new Evaluation(value, null);
    }

    static Evaluation failure(String message) {
      return new Evaluation(null, message);
    }

    public boolean failed() {
      return failure != null;
    }
  }

  /** A FEEL text that does not parse. */
  public static final class FeelParseException extends RuntimeException {
    public FeelParseException(String expression, String reason) {
      super("invalid FEEL expression '" + expression + "': " + reason);
    }
  }
}
