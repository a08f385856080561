package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.BOOLEAN;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;

import nl.stedendriehoek.kringloop.engine.api.VariableView;

/** Variables; the value is compared as its JSON text, as the API shows it (never truncated). */
final class VariableSearch {

  static final SearchTable<VariableView> TABLE = new SearchTable<>(
      "v.key, v.name, v.value::text AS value, v.scope_key, v.process_instance_key",
      "engine.variable v",
      "TRUE",
      "v.key",
      new SearchTable.Fields()
          .required("variableKey", "v.key", KEY)
          .required("name", "v.name", TEXT)
          .required("value", "v.value::text", TEXT)
          .required("isTruncated", "FALSE", BOOLEAN)
          .required("scopeKey", "v.scope_key", KEY)
          .required("processInstanceKey", "v.process_instance_key", KEY)
          .required("tenantId", "'<default>'::text", TEXT)
          .build(),
      (rs, i) -> new VariableView(rs.getLong("key"), rs.getString("name"), rs.getString("value"),
          rs.getLong("scope_key"), rs.getLong("process_instance_key")));

  private VariableSearch() {}
}
