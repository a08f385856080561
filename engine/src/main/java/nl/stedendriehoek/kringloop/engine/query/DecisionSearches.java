package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.DATE;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.INTEGER;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;

import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluationPayload;
import nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;

/**
 * Decision definitions ({@code engine.decision}), decision requirements (DMN resources) and
 * decision instances (the {@code DECISION_EVALUATION} history records of business rule tasks and
 * API evaluations), with the client's field names. Deleted decisions and DRGs are not listed;
 * their decision instances are (history is kept). An evaluation through the API belongs to no
 * process: its process keys are -1, as Camunda 8 reports them (the client requires a number).
 */
final class DecisionSearches {

  private DecisionSearches() {}

  static final SearchTable<DecisionDefinitionView> DEFINITIONS = new SearchTable<>(
      "d.*",
      "engine.decision d",
      "d.deleted_at IS NULL",
      "d.key",
      new SearchTable.Fields()
          .required("decisionDefinitionKey", "d.key", KEY)
          .required("decisionDefinitionId", "d.decision_id", TEXT)
          .add("name", "d.decision_name", TEXT)
          .required("version", "d.version", INTEGER)
          .required("decisionRequirementsKey", "d.decision_requirements_key", KEY)
          .required("decisionRequirementsId", "d.decision_requirements_id", TEXT)
          .add("tenantId", "'<default>'::text", TEXT)
          .build(),
      (rs, i) -> new DecisionDefinitionView(rs.getLong("key"), rs.getString("decision_id"),
          rs.getString("decision_name"), rs.getInt("version"), rs.getLong("decision_requirements_key"),
          rs.getString("decision_requirements_id")));

  static final SearchTable<DecisionRequirementsView> REQUIREMENTS = new SearchTable<>(
      "r.key, r.resource_id, r.version, r.resource_name",
      "engine.resource r",
      "r.kind = 'DMN' AND r.deleted_at IS NULL",
      "r.key",
      new SearchTable.Fields()
          .required("decisionRequirementsKey", "r.key", KEY)
          .required("decisionRequirementsId", "r.resource_id", TEXT)
          .add("decisionRequirementsName", "r.resource_id", TEXT)
          .required("version", "r.version", INTEGER)
          .required("resourceName", "r.resource_name", TEXT)
          .add("tenantId", "'<default>'::text", TEXT)
          .build(),
      (rs, i) -> new DecisionRequirementsView(rs.getLong("key"), rs.getString("resource_id"), rs.getInt("version"),
          rs.getString("resource_name")));

  private static final String DECISION_KEY = "(e.payload->>'decisionKey')::bigint";
  private static final String DECISION_NAME =
      "(SELECT d.decision_name FROM engine.decision d WHERE d.key = " + DECISION_KEY + ")";

  private static final String EVALUATED = "jsonb_array_elements(COALESCE(e.payload->'evaluatedDecisions', '[]'::jsonb))";
  private static final String CALLED_POSITION = "(1 + (SELECT count(*) FROM " + EVALUATED
      + " x WHERE x->>'decisionId' <> e.payload->>'decisionId'))";
  private static final String CALLED_TYPE = "COALESCE((SELECT x->>'decisionType' FROM " + EVALUATED
      + " x WHERE x->>'decisionId' = e.payload->>'decisionId' LIMIT 1), 'UNSPECIFIED')";

  static final SearchTable<DecisionInstanceView> INSTANCES = new SearchTable<>(
      "e.*, " + DECISION_NAME + " AS decision_name",
      "engine.record e",
      "e.value_type = 'DECISION_EVALUATION'",
      "e.key",
      new SearchTable.Fields()
          .add("decisionEvaluationInstanceKey", "e.key::text || '-' || " + CALLED_POSITION, TEXT)
          .required("decisionEvaluationKey", "e.key", KEY)
          .required("state", "e.intent", TEXT)
          .required("evaluationDate", "e.timestamp", DATE)
          .add("evaluationFailure", "e.payload->>'evaluationFailureMessage'", TEXT)
          .add("decisionDefinitionKey", DECISION_KEY, KEY)
          .add("decisionDefinitionId", "e.payload->>'decisionId'", TEXT)
          .add("decisionDefinitionName", DECISION_NAME, TEXT)
          .add("decisionDefinitionVersion", "(e.payload->>'decisionVersion')::integer", INTEGER)
          .add("decisionDefinitionType", CALLED_TYPE, TEXT)
          .add("result", "(e.payload->'decisionOutput')::text", TEXT)
          .add("processDefinitionKey", "COALESCE((e.payload->>'processDefinitionKey')::bigint, -1)", KEY)
          .add("processInstanceKey", "COALESCE(e.process_instance_key, -1)", KEY)
          .add("elementInstanceKey", "COALESCE((e.payload->>'elementInstanceKey')::bigint, -1)", KEY)
          .add("tenantId", "'<default>'::text", TEXT)
          .build(),
      (rs, i) -> {
        var payload = Sql.readObject(rs.getString("payload"));
        var evaluated = DecisionEvaluationPayload.evaluatedDecisions(payload);
        String decisionId = payload.path("decisionId").asText();
        String type = evaluated.stream().filter(d -> d.decisionId().equals(decisionId)).findFirst()
            .map(EvaluatedDecision::type).orElse("UNSPECIFIED");
        return new DecisionInstanceView(rs.getLong("key") + "-" + DecisionEvaluationPayload.calledPosition(payload),
            rs.getLong("key"), "FAILED".equals(rs.getString("intent")), Sql.instant(rs, "timestamp"),
            payload.path("evaluationFailureMessage").isMissingNode() ? null
                : payload.path("evaluationFailureMessage").asText(),
            payload.path("decisionKey").asLong(), decisionId, rs.getString("decision_name"),
            payload.path("decisionVersion").asInt(), type,
            payload.has("decisionOutput") ? Sql.json(payload.get("decisionOutput")) : null,
            payload.path("processDefinitionKey").asLong(-1),
            rs.getObject("process_instance_key") == null ? -1 : rs.getLong("process_instance_key"),
            payload.path("elementInstanceKey").asLong(-1), evaluated);
      });
}
