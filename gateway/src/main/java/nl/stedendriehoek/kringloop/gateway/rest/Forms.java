package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.FormResult;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedForms.DeployedForm;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;

/** A deployed form version in the client's {@code FormResult} shape (the schema as JSON text). */
final class Forms {

  private Forms() {}

  static FormResult form(DeployedForm form) {
    return new FormResult()
        .formKey(Keys.format(form.key()))
        .formId(form.formId())
        .schema(form.schema())
        .version((long) form.version())
        .tenantId(Tenants.DEFAULT);
  }
}
