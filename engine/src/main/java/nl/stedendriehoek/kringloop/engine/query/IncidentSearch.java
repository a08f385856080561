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
          .required("incidentKey", "i.key", KEY)
          .required("processDefinitionKey", "i.process_definition_key", KEY)
          .required("processDefinitionId", "i.bpmn_process_id", TEXT)
          .required("processInstanceKey", "i.process_instance_key", KEY)
          .required("errorType", "i.error_type", TEXT)
          .required("errorMessage", "i.error_message", TEXT)
          .required("elementId", "i.element_id", TEXT)
          .required("elementInstanceKey", "i.element_instance_key", KEY)
          .add("jobKey", "i.job_key", KEY)
          .required("creationTime", "i.creation_time", DATE)
          .required("state", "i.state", TEXT)
          .required("tenantId", "'<default>'::text", TEXT)
          .build(),
      (rs, i) -> EngineQueries.incident(RowMappers.incident(rs, i)));

  private IncidentSearch() {}
}
