package nl.stedendriehoek.kringloop.console.tasklist;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The names people read: a task's element name and its process's name, from the deployed BPMN
 * when the API reports only ids (an engine may answer a task's {@code name} with its element id).
 * A process definition never changes once deployed, so its names are cached by key.
 */
@Component
class ProcessNames {

  private static final Logger log = LoggerFactory.getLogger(ProcessNames.class);

  private record Names(String process, Map<String, String> elements) {}

  private final CamundaClient camunda;
  private final Map<Long, Names> byDefinition = new ConcurrentHashMap<>();

  ProcessNames(CamundaClient camunda) {
    this.camunda = camunda;
  }

  String taskName(UserTask task) {
    String name = task.getName();
    if (name != null && !name.isBlank() && !name.equals(task.getElementId())) {
      return name;
    }
    String modelled = names(task).elements().get(task.getElementId());
    return modelled != null ? modelled : task.getElementId();
  }

  String processName(UserTask task) {
    String name = task.getProcessName();
    if (name != null && !name.isBlank() && !name.equals(task.getBpmnProcessId())) {
      return name;
    }
    String modelled = names(task).process();
    return modelled != null ? modelled : task.getBpmnProcessId();
  }

  private Names names(UserTask task) {
    Long key = task.getProcessDefinitionKey();
    if (key == null) {
      return new Names(null, Map.of());
    }
    return byDefinition.computeIfAbsent(key, k -> read(k, task.getBpmnProcessId()));
  }

  private Names read(long processDefinitionKey, String bpmnProcessId) {
    try {
      String xml = camunda.newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join();
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      Map<String, String> elements = new HashMap<>();
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (element.getName() != null && !element.getName().isBlank()) {
          elements.put(element.getId(), element.getName());
        }
      }
      Process process = model.getModelElementById(bpmnProcessId);
      return new Names(process == null ? null : process.getName(), Map.copyOf(elements));
    } catch (RuntimeException e) {
      log.warn("No names for process definition {} ({}): {}", processDefinitionKey, bpmnProcessId, e.getMessage());
      return new Names(null, Map.of());
    }
  }
}
