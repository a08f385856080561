package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.INTEGER;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;

/**
 * Decision definitions ({@code engine.decision}) and decision requirements (DMN resources), with
 * the client's field names. Deleted decisions and DRGs are not listed; their decision instances
 * ({@link DecisionInstanceSearch}) are, as history is kept.
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
}
