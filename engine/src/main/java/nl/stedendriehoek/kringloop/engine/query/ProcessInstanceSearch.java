package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.BOOLEAN;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.DATE;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.INTEGER;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT_ARRAY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.VARIABLES;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;

/** Process instances as Operate's list searches them (fields named as in the client's result). */
final class ProcessInstanceSearch {

  static final String HAS_INCIDENT =
      "EXISTS (SELECT 1 FROM engine.incident i WHERE i.process_instance_key = p.key AND i.state = 'ACTIVE')";

  static final SearchTable<ProcessInstanceView> TABLE = new SearchTable<>(
      "p.*, " + HAS_INCIDENT + " AS has_incident",
      "engine.process_instance p",
      "TRUE",
      "p.key",
      new SearchTable.Fields()
          .required("processInstanceKey", "p.key", KEY)
          .required("processDefinitionKey", "p.process_definition_key", KEY)
          .required("processDefinitionId", "p.bpmn_process_id", TEXT)
          .required("processDefinitionName", "p.bpmn_process_id", TEXT)
          .required("processDefinitionVersion", "p.version", INTEGER)
          .add("processDefinitionVersionTag", "NULL::text", TEXT)
          .add(SearchField.mapped("state", "p.state", Map.of("TERMINATED", List.of("CANCELED"))))
          .required("startDate", "p.start_date", DATE)
          .add("endDate", "p.end_date", DATE)
          .required("hasIncident", HAS_INCIDENT, BOOLEAN)
          .required("tenantId", "'<default>'::text", TEXT)
          .add("parentProcessInstanceKey", "p.parent_process_instance_key", KEY)
          .add("parentElementInstanceKey", "p.parent_element_instance_key", KEY)
          .add("tags", "ARRAY[]::text[]", TEXT_ARRAY)
          .add("variables", "v.process_instance_key = p.key", VARIABLES)
          .build(),
      EngineQueries::processInstance);

  private ProcessInstanceSearch() {}
}
