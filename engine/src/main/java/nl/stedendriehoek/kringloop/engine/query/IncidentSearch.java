package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.DATE;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;

import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.IncidentView;
import nl.stedendriehoek.kringloop.engine.state.jdbc.RowMappers;

/** Incidents, open (ACTIVE) and resolved. */
final class IncidentSearch {

  static final SearchTable<IncidentView> TABLE = new SearchTable<>(
      "i.*",
      "engine.incident i",
      "TRUE",
      "i.key",
      new SearchTable.Fields()
          .add("incidentKey", "i.key", KEY)
          .add("processDefinitionKey", "i.process_definition_key", KEY)
          .add("processDefinitionId", "i.bpmn_process_id", TEXT)
          .add("processInstanceKey", "i.process_instance_key", KEY)
          .add("errorType", "i.error_type", TEXT)
          .add("errorMessage", "i.error_message", TEXT)
          .add("elementId", "i.element_id", TEXT)
          .add("elementInstanceKey", "i.element_instance_key", KEY)
          .add("jobKey", "i.job_key", KEY)
          .add("creationTime", "i.creation_time", DATE)
          .add("state", "i.state", TEXT)
          .add("tenantId", "'<default>'::text", TEXT)
          .build(),
      (rs, i) -> EngineQueries.incident(RowMappers.incident(rs, i)));

  private IncidentSearch() {}
}
