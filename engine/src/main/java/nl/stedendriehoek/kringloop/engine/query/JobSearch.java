package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.BOOLEAN;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.DATE;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.INTEGER;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;

import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.JobView;
import nl.stedendriehoek.kringloop.engine.state.jdbc.RowMappers;

/** Jobs; CREATED stands for a job waiting to be activated or activated and not yet done. */
final class JobSearch {

  static final SearchTable<JobView> TABLE = new SearchTable<>(
      "j.*",
      "engine.job j",
      "TRUE",
      "j.key",
      new SearchTable.Fields()
          .required("jobKey", "j.key", KEY)
          .required("type", "j.type", TEXT)
          .add(SearchField.mapped("state", "j.state", Map.of("CREATED", List.of("ACTIVATABLE", "ACTIVATED"))))
          .required("retries", "j.retries", INTEGER)
          .add("worker", "j.worker", TEXT)
          .add("deadline", "j.deadline", DATE)
          .add("errorMessage", "j.error_message", TEXT)
          .add("errorCode", "j.error_code", TEXT)
          .required("processInstanceKey", "j.process_instance_key", KEY)
          .required("elementInstanceKey", "j.element_instance_key", KEY)
          .required("elementId", "j.element_id", TEXT)
          .required("kind", "'BPMN_ELEMENT'::text", TEXT)
          .required("listenerEventType", "'UNSPECIFIED'::text", TEXT)
          .required("tenantId", "'<default>'::text", TEXT)
          .add("processDefinitionId", "NULL::text", TEXT)
          .add("processDefinitionKey", "NULL::bigint", KEY)
          .add("endTime", "NULL::timestamptz", DATE)
          .add("deniedReason", "NULL::text", TEXT)
          .add("hasFailedWithRetriesLeft", "NULL::boolean", BOOLEAN)
          .add("isDenied", "NULL::boolean", BOOLEAN)
          .build(),
      (rs, i) -> EngineQueries.job(RowMappers.job(rs, i)));

  private JobSearch() {}
}
