package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.decision.Decisions.ScalaValues;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.camunda.dmn.Audit;
import org.camunda.dmn.parser.ParsedDecisionTable;
import org.camunda.dmn.parser.ParsedLiteralExpression;
import org.camunda.dmn.parser.ParsedRule;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.valuemapper.ValueMapper;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads dmn-scala's audit log of one evaluation into {@link EvaluatedDecision}s, in the order
 * dmn-scala evaluated them: required decisions before the decision that needs them, so the called
 * decision comes last. Keys and versions come from the deployed decisions of the same decision
 * requirements, looked up by decision id.
 */
final class DecisionAudit {

  private static final ValueMapper VALUES = ValueMapper.defaultValueMapper();

  private DecisionAudit() {}

  static List<EvaluatedDecision> read(Audit.AuditLog log, Map<String, DeployedDecision> deployed) {
    List<EvaluatedDecision> decisions = new ArrayList<>();
    if (log == null) {
      return decisions;
    }
    for (Audit.AuditLogEntry entry : CollectionConverters.asJava(log.entries())) {
      DeployedDecision decision = deployed.get(entry.id());
      decisions.add(new EvaluatedDecision(entry.id(), entry.name(), decision == null ? -1 : decision.key(),
          decision == null ? 0 : decision.version(), type(entry), json(result(entry.result())),
          inputs(entry.result()), matchedRules(entry)));
    }
    return decisions;
  }

  private static String type(Audit.AuditLogEntry entry) {
    if (entry.decisionLogic() instanceof ParsedDecisionTable) {
      return "DECISION_TABLE";
    }
    return entry.decisionLogic() instanceof ParsedLiteralExpression ? "LITERAL_EXPRESSION" : "UNSPECIFIED";
  }

  private static Val result(Audit.EvaluationResult result) {
    if (result instanceof Audit.DecisionTableEvaluationResult table) {
      return table.result();
    }
    if (result instanceof Audit.SingleEvaluationResult single) {
      return single.result();
    }
    return result instanceof Audit.ContextEvaluationResult context ? context.result() : null;
  }

  private static List<EvaluatedDecision.Input> inputs(Audit.EvaluationResult result) {
    if (!(result instanceof Audit.DecisionTableEvaluationResult table)) {
      return List.of();
    }
    return CollectionConverters.asJava(table.inputs()).stream()
        .map(in -> new EvaluatedDecision.Input(in.input().id(), in.input().name(), json(in.value())))
        .toList();
  }

  private static List<EvaluatedDecision.MatchedRule> matchedRules(Audit.AuditLogEntry entry) {
    if (!(entry.result() instanceof Audit.DecisionTableEvaluationResult table)
        || !(entry.decisionLogic() instanceof ParsedDecisionTable logic)) {
      return List.of();
    }
    List<ParsedRule> rules = new ArrayList<>(CollectionConverters.asJavaCollection(logic.rules()));
    return CollectionConverters.asJava(table.matchedRules()).stream()
        .map(rule -> new EvaluatedDecision.MatchedRule(rule.rule().id(), rules.indexOf(rule.rule()) + 1,
            CollectionConverters.asJava(rule.outputs()).stream()
                .map(out -> new EvaluatedDecision.Output(out.output().id(), out.output().name(), json(out.value())))
                .toList()))
        .toList();
  }

  private static JsonNode json(Val value) {
    return Sql.JSON.valueToTree(value == null ? null : ScalaValues.toJava(VALUES.unpackVal(value)));
  }
}
