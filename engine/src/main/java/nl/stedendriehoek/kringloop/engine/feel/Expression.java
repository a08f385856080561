package nl.stedendriehoek.kringloop.engine.feel;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A BPMN attribute value: either a static text ({@code "payment"}) or a FEEL expression parsed at
 * deploy time ({@code "=order.type"}). Evaluated with {@link FeelEvaluator}.
 *
 * @param source the text as modelled, for messages
 * @param parsed the parsed FEEL, or null for a static value
 */
public record Expression(String source, ParsedExpression parsed) {

  public static Expression staticValue(String value) {
    return new Expression(value, null);
  }

  public boolean isStatic() {
    return parsed == null;
  }
}
