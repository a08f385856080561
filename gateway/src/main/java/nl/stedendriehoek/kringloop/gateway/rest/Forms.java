package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.protocol.rest.FormResult;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;

/** A deployed form in the client's {@code FormResult} shape; the id comes from the form's own JSON. */
final class Forms {

  private Forms() {}

  static FormResult form(ObjectMapper mapper, long formKey, String schema) {
    String formId = null;
    try {
      JsonNode json = mapper.readTree(schema);
      formId = json.path("id").asText(null);
    } catch (JsonProcessingException e) {
      // the engine validated the form when it was deployed; an unreadable one just has no id here
    }
    return new FormResult()
        .formKey(Keys.format(formKey))
        .formId(formId)
        .schema(schema)
        .version(1L)
        .tenantId(Tenants.DEFAULT);
  }
}
