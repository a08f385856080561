package nl.stedendriehoek.kringloop.engine.feel;

import java.util.List;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A BPMN attribute value: either a static text ({@code "payment"}) or a FEEL expression parsed at
 * deploy time ({@code "=order.type"}). Evaluated with {@link FeelEvaluator}.
 *
 * @param source the text as modelled, for messages
 * @param parsed the parsed FEEL, or null for a static value
 * @param path when the FEEL is a plain variable path ({@code order.customer.name}), its segments:
 *     the evaluator then reads the value directly instead of running the FEEL interpreter
 */
public record Expression(String source, ParsedExpression parsed, List<String> path) {

  public Expression(String source, ParsedExpression parsed) {
    this(source, parsed, null);
  }

  public static Expression staticValue(String value) {
    return new Expression(value, null, null);
  }

  public boolean isStatic() {
    return parsed == null;
  }
}
