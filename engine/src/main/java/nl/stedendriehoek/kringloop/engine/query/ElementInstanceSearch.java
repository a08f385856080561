package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.BOOLEAN;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.DATE;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.state.jdbc.RowMappers;

/**
 * Element instances (not the process instance itself, not taken sequence flows). ACTIVE stands for
 * every state before the end (activating, activated, completing, terminating). The incident key
 * is the instance's oldest open incident.
 */
final class ElementInstanceSearch {

  static final String INCIDENT_KEY =
      "(SELECT min(i.key) FROM engine.incident i WHERE i.element_instance_key = e.key AND i.state = 'ACTIVE')";

  static final SearchTable<ElementInstanceFound> TABLE = new SearchTable<>(
      "e.*, " + INCIDENT_KEY + " AS incident_key",
      "engine.element_instance e",
      "e.key <> e.process_instance_key AND e.element_type <> 'SEQUENCE_FLOW'",
      "e.key",
      new SearchTable.Fields()
          .required("elementInstanceKey", "e.key", KEY)
          .required("processInstanceKey", "e.process_instance_key", KEY)
          .required("processDefinitionKey", "e.process_definition_key", KEY)
          .required("processDefinitionId", "e.bpmn_process_id", TEXT)
          .required("elementId", "e.element_id", TEXT)
          .required("elementName", "e.element_id", TEXT)
          .required("type", "e.element_type", TEXT)
          .add(SearchField.mapped("state", "e.state",
              Map.of("ACTIVE", List.of("ACTIVATING", "ACTIVATED", "COMPLETING", "TERMINATING"))))
          .required("startDate", "e.start_date", DATE)
          .add("endDate", "e.end_date", DATE)
          .required("hasIncident", INCIDENT_KEY + " IS NOT NULL", BOOLEAN)
          .add("incidentKey", INCIDENT_KEY, KEY)
          .required("tenantId", "'<default>'::text", TEXT)
          .add("flowScopeKey", "e.flow_scope_key", KEY)
          .alias("elementInstanceScopeKey", "flowScopeKey")
          .build(),
      (rs, i) -> {
        var e = RowMappers.elementInstance(rs, i);
        Long incident = nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.nullableLong(rs, "incident_key");
        return new ElementInstanceFound(new ElementInstanceView(e.key(), e.processInstanceKey(),
            e.processDefinitionKey(), e.bpmnProcessId(), e.elementId(), e.elementType().name(), e.flowScopeKey(),
            e.state().name(), e.startDate(), e.endDate(), incident != null), incident);
      });

  private ElementInstanceSearch() {}
}
