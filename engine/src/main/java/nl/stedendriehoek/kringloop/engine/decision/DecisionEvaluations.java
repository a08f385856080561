package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evaluates a deployed decision on request (the API's "evaluate decision"), by id (latest version)
 * or by key, with the given variables. Every evaluation, failed or not, is kept as a
 * {@code DECISION_EVALUATION} record — the same shape a business rule task writes — so decision
 * instance searches find both. A failed evaluation is an answer, not an error, as in Camunda 8.
 */
public final class DecisionEvaluations {

  private final JdbcClient jdbc;
  private final Decisions decisions;
  private final KeyGenerator keys;
  private final InstantSource clock;

  public DecisionEvaluations(JdbcClient jdbc, Decisions decisions, KeyGenerator keys, InstantSource clock) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.keys = keys;
    this.clock = clock;
  }

  /** @param decisionId the decision's id (its latest version is evaluated), or null when {@code key} is given */
  public StandaloneEvaluation evaluate(String decisionId, Long key, Map<String, Object> variables) {
    if ((decisionId == null || decisionId.isBlank()) == (key == null)) {
      throw new InvalidArgumentException("Expected either 'decisionDefinitionId' or 'decisionDefinitionKey', "
          + "but got " + (key == null ? "neither" : "both"));
    }
    DeployedDecision decision = key != null ? byKey(key) : decisions.latest(decisionId).orElseThrow(() ->
        new NotFoundException("Expected to evaluate decision with id '" + decisionId + "', but no such decision "
            + "is deployed"));
    Map<String, JsonNode> context = new LinkedHashMap<>();
    if (variables != null) {
      variables.forEach((name, value) -> context.put(name, Sql.JSON.valueToTree(value)));
    }
    DecisionEvaluation evaluation = decisions.evaluate(decision, context);
    long evaluationKey = keys.nextKey();
    Instant now = clock.instant();
    ObjectNode payload = DecisionEvaluationPayload.of(evaluation);
    record(evaluationKey, evaluation.failed(), payload, now);
    return new StandaloneEvaluation(decision, evaluation.failed() ? null : Sql.json(evaluation.result()),
        evaluation.failure(), evaluationKey, now, evaluation.evaluatedDecisions(),
        DecisionEvaluationPayload.calledPosition(payload));
  }

  private DeployedDecision byKey(long key) {
    return decisions.all().stream().filter(d -> d.key() == key).findFirst().orElseThrow(() ->
        new NotFoundException("Expected to evaluate decision with key " + key + ", but no such decision is deployed"));
  }

  private void record(long evaluationKey, boolean failed, ObjectNode payload, Instant now) {
    jdbc.sql("""
            INSERT INTO engine.record (key, value_type, intent, timestamp, process_instance_key, element_id, payload)
            VALUES (?, 'DECISION_EVALUATION', ?, ?, NULL, NULL, ?::jsonb)""")
        .params(evaluationKey, failed ? "FAILED" : "EVALUATED", Sql.timestamp(now), Sql.json(payload))
        .update();
  }
}
