package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The deployed process definitions, their BPMN XML and the names people read (an engine may report
 * a process's name as its id). A deployed definition never changes, so XML and names are cached by
 * definition key.
 */
@Component
class Definitions {

  private static final Logger log = LoggerFactory.getLogger(Definitions.class);
  private static final int PAGE = 1000;

  /** A definition's BPMN and the names of its process and elements; no XML or names once the definition is deleted. */
  record Model(String xml, String processName, Map<String, String> elementNames) {
    public String elementName(String elementId) {
      return elementNames.getOrDefault(elementId, elementId);
    }
  }

  private final CamundaClient camunda;
  private final Map<Long, Model> models = new ConcurrentHashMap<>();

  Definitions(CamundaClient camunda) {
    this.camunda = camunda;
  }

  /** Every deployed definition, newest version first within a process id. */
  List<ProcessDefinition> all() {
    return camunda.newProcessDefinitionSearchRequest()
        .sort(s -> s.processDefinitionId().asc().version().desc())
        .page(p -> p.limit(PAGE))
        .send()
        .join()
        .items();
  }

  ProcessDefinition get(long key) {
    return camunda.newProcessDefinitionGetRequest(key).send().join();
  }

  Model model(long definitionKey) {
    return models.computeIfAbsent(definitionKey, this::read);
  }

  String processName(ProcessDefinition definition) {
    String name = model(definition.getProcessDefinitionKey()).processName();
    return name != null ? name : definition.getProcessDefinitionId();
  }

  private Model read(long definitionKey) {
    String xml;
    try {
      xml = camunda.newProcessDefinitionGetXmlRequest(definitionKey).send().join();
    } catch (ClientHttpException e) {
      if (e.code() != 404) {
        throw e;
      }
      // deleted since: its finished instances stay visible, with element ids instead of names
      log.info("Process definition {} is deleted; showing its instances without the model", definitionKey);
      return new Model(null, null, Map.of());
    }
    try {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      Map<String, String> names = new HashMap<>();
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (element.getName() != null && !element.getName().isBlank()) {
          names.put(element.getId(), element.getName());
        }
      }
      String processName = model.getModelElementsByType(Process.class).stream()
          .map(Process::getName)
          .filter(n -> n != null && !n.isBlank())
          .findFirst()
          .orElse(null);
      return new Model(xml, processName, Map.copyOf(names));
    } catch (RuntimeException e) {
      log.warn("Process definition {}: BPMN not readable for names: {}", definitionKey, e.getMessage());
      return new Model(xml, null, Map.of());
    }
  }
}
