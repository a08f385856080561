package nl.stedendriehoek.kringloop.engine.deployment;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deployed forms, and the start form a process definition links on its none start event
 * ({@code zeebe:formDefinition formId}), resolved to the latest deployed version of that form as
 * Camunda 8 does. Which form id a definition links never changes, so it is read from the BPMN once
 * per definition key; the form version is looked up on every call, since a newer one may be deployed.
 */
public final class DeployedForms {

  private final JdbcClient jdbc;
  private final ProcessDefinitions definitions;
  private final Map<Long, Optional<String>> startFormIds = new ConcurrentHashMap<>();

  public DeployedForms(JdbcClient jdbc, ProcessDefinitions definitions) {
    this.jdbc = jdbc;
    this.definitions = definitions;
  }

  /** One deployed form version: its key, the id from its JSON, its version and its schema. */
  public record DeployedForm(long key, String formId, int version, String schema) {}

  public DeployedForm byKey(long formKey) {
    return jdbc.sql("SELECT key, resource_id, version, content FROM engine.resource WHERE kind = 'FORM' AND key = ?")
        .param(formKey)
        .query((rs, i) -> new DeployedForm(rs.getLong("key"), rs.getString("resource_id"), rs.getInt("version"),
            new String(rs.getBytes("content"), StandardCharsets.UTF_8)))
        .optional()
        .orElseThrow(() -> new NotFoundException("Expected to find a form with key " + formKey + ", but none was found"));
  }

  /**
   * The start form of a process definition, or empty when its none start event links none (or
   * links a form id of which no version is deployed). Unknown definition: {@link NotFoundException}.
   */
  public Optional<DeployedForm> startFormOf(long processDefinitionKey) {
    return startFormId(processDefinitionKey).flatMap(definitions::latestFormKey).map(this::byKey);
  }

  /** Whether the definition's none start event links a form (deployed or not), Camunda's {@code hasStartForm}. */
  public boolean linksStartForm(long processDefinitionKey) {
    return startFormId(processDefinitionKey).isPresent();
  }

  private Optional<String> startFormId(long processDefinitionKey) {
    return startFormIds.computeIfAbsent(processDefinitionKey, key -> linkedFormId(definitions.xml(key),
        definitions.byKey(key).definition().bpmnProcessId()));
  }

  private static Optional<String> linkedFormId(String xml, String bpmnProcessId) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    if (!(model.getModelElementById(bpmnProcessId) instanceof Process process)) {
      return Optional.empty();
    }
    return process.getChildElementsByType(StartEvent.class).stream()
        .filter(start -> start.getEventDefinitions().isEmpty())
        .map(start -> start.getSingleExtensionElement(ZeebeFormDefinition.class))
        .filter(form -> form != null && form.getFormId() != null && !form.getFormId().isBlank())
        .map(ZeebeFormDefinition::getFormId)
        .findFirst();
  }
}
