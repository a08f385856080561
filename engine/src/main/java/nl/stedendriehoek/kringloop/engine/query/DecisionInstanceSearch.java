package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.DATE;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.INTEGER;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluationPayload;
import nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;

/**
 * Decision instances, as Camunda 8 lists them: one per decision evaluated, so a decision required
 * by the called one is an instance of its own. They are read from the {@code DECISION_EVALUATION}
 * history records of business rule tasks and API evaluations: each record gives a row per entry of
 * its {@code evaluatedDecisions} other than the called decision, and one row for the called
 * decision at its position (also when it failed before dmn-scala recorded it, or when the record
 * predates the audit). Ids are {@code <evaluation key>-<position>}; the called decision carries the
 * evaluation's state and failure, a required one is {@code EVALUATED}. An evaluation through the
 * API belongs to no process: its process keys are -1, as Camunda 8 reports them.
 */
final class DecisionInstanceSearch {

  private DecisionInstanceSearch() {}

  private static final String EVALUATED = "jsonb_array_elements(COALESCE(e.payload->'evaluatedDecisions', '[]'::jsonb))";
  private static final String CALLED_ID = "e.payload->>'decisionId'";

  /** Every decision of every evaluation record, with its 1-based position and whether it is the called one. */
  private static final String ROWS = """
      (SELECT e.key, e.intent, e.timestamp, e.process_instance_key, e.payload, d.decision, d.position,
              d.called
         FROM engine.record e
         CROSS JOIN LATERAL (
           SELECT x.value AS decision, x.ordinality::int AS position, false AS called
             FROM %1$s WITH ORDINALITY x WHERE x.value->>'decisionId' <> %2$s
           UNION ALL
           SELECT COALESCE((SELECT y FROM %1$s y WHERE y->>'decisionId' = %2$s LIMIT 1),
                           jsonb_build_object('decisionId', e.payload->'decisionId',
                             'decisionKey', e.payload->'decisionKey', 'decisionVersion', e.payload->'decisionVersion')),
                  (1 + (SELECT count(*) FROM %1$s z WHERE z->>'decisionId' <> %2$s))::int, true
         ) d
        WHERE e.value_type = 'DECISION_EVALUATION') i""".formatted(EVALUATED, CALLED_ID);

  private static final String DECISION_KEY = "(i.decision->>'decisionKey')::bigint";
  private static final String DECISION_NAME = "COALESCE(i.decision->>'decisionName', "
      + "(SELECT d.decision_name FROM engine.decision d WHERE d.key = " + DECISION_KEY + "))";

  static final SearchTable<DecisionInstanceView> TABLE = new SearchTable<>(
      "i.*, " + DECISION_NAME + " AS decision_name",
      ROWS,
      "TRUE",
      "(i.key * 1000 + i.position)",
      new SearchTable.Fields()
          .add("decisionEvaluationInstanceKey", "i.key::text || '-' || i.position", TEXT)
          .required("decisionEvaluationKey", "i.key", KEY)
          .required("state", "CASE WHEN i.called THEN i.intent ELSE 'EVALUATED' END", TEXT)
          .required("evaluationDate", "i.timestamp", DATE)
          .add("evaluationFailure", "CASE WHEN i.called THEN i.payload->>'evaluationFailureMessage' END", TEXT)
          .add("decisionDefinitionKey", DECISION_KEY, KEY)
          .add("decisionDefinitionId", "i.decision->>'decisionId'", TEXT)
          .add("decisionDefinitionName", DECISION_NAME, TEXT)
          .add("decisionDefinitionVersion", "(i.decision->>'decisionVersion')::integer", INTEGER)
          .add("decisionDefinitionType", "COALESCE(i.decision->>'decisionType', 'UNSPECIFIED')", TEXT)
          .add("result", "(CASE WHEN i.called THEN i.payload->'decisionOutput' ELSE i.decision->'output' END)::text",
              TEXT)
          .add("processDefinitionKey", "COALESCE((i.payload->>'processDefinitionKey')::bigint, -1)", KEY)
          .add("processInstanceKey", "COALESCE(i.process_instance_key, -1)", KEY)
          .add("elementInstanceKey", "COALESCE((i.payload->>'elementInstanceKey')::bigint, -1)", KEY)
          .add("tenantId", "'<default>'::text", TEXT)
          .build(),
      (rs, n) -> {
        JsonNode payload = Sql.readObject(rs.getString("payload"));
        JsonNode decision = Sql.readObject(rs.getString("decision"));
        boolean called = rs.getBoolean("called");
        EvaluatedDecision audit = DecisionEvaluationPayload.evaluatedDecision(decision);
        JsonNode failure = payload.get("evaluationFailureMessage");
        JsonNode output = called ? payload.get("decisionOutput") : decision.get("output");
        return new DecisionInstanceView(rs.getLong("key") + "-" + rs.getInt("position"), rs.getLong("key"), called,
            called && "FAILED".equals(rs.getString("intent")), Sql.instant(rs, "timestamp"),
            called && failure != null ? failure.asText() : null,
            decision.path("decisionKey").asLong(-1), decision.path("decisionId").asText(),
            rs.getString("decision_name"), decision.path("decisionVersion").asInt(),
            audit.type().isEmpty() ? "UNSPECIFIED" : audit.type(), output == null ? null : Sql.json(output),
            payload.path("processDefinitionKey").asLong(-1),
            rs.getObject("process_instance_key") == null ? -1 : rs.getLong("process_instance_key"),
            payload.path("elementInstanceKey").asLong(-1), audit.inputs(), audit.matchedRules());
      });
}
