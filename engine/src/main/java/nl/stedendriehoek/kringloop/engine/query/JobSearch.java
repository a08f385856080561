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
          .add("jobKey", "j.key", KEY)
          .add("type", "j.type", TEXT)
          .add(SearchField.mapped("state", "j.state", Map.of("CREATED", List.of("ACTIVATABLE", "ACTIVATED"))))
          .add("retries", "j.retries", INTEGER)
          .add("worker", "j.worker", TEXT)
          .add("deadline", "j.deadline", DATE)
          .add("errorMessage", "j.error_message", TEXT)
          .add("errorCode", "j.error_code", TEXT)
          .add("processInstanceKey", "j.process_instance_key", KEY)
          .add("elementInstanceKey", "j.element_instance_key", KEY)
          .add("elementId", "j.element_id", TEXT)
          .add("kind", "'BPMN_ELEMENT'::text", TEXT)
          .add("listenerEventType", "'UNSPECIFIED'::text", TEXT)
          .add("tenantId", "'<default>'::text", TEXT)
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
