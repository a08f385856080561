package nl.stedendriehoek.kringloop.console.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starting processes from the console, through the Camunda client: the latest version of each
 * process, its start form if it has one, and who may start (the groups in
 * {@code kringloop.console.process-starters}, by default the kwartiermaker and process owners).
 */
@Component
class ProcessStarts {

  private final CamundaClient camunda;
  private final ObjectMapper json;
  private final Set<String> starters;

  ProcessStarts(
      CamundaClient camunda,
      ObjectMapper json,
      @Value("${kringloop.console.process-starters:kwartiermaker,procesbeheer}") Set<String> starters) {
    this.camunda = camunda;
    this.json = json;
    this.starters = Set.copyOf(starters);
  }

  boolean mayStart(CurrentUser user) {
    return !Collections.disjoint(user.groups(), starters);
  }

  List<ProcessDefinition> latest() {
    return camunda.newProcessDefinitionSearchRequest()
        .filter(f -> f.isLatestVersion(true))
        .page(p -> p.limit(200))
        .send()
        .join()
        .items();
  }

  /** The latest definition with this key; empty when there is none (or it is not the latest). */
  Optional<ProcessDefinition> definition(String key) {
    long parsed;
    try {
      parsed = Long.parseLong(key);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return latest().stream().filter(d -> d.getProcessDefinitionKey() == parsed).findFirst();
  }

  Optional<String> startForm(ProcessDefinition definition) {
    try {
      Form form = camunda.newProcessDefinitionGetFormRequest(definition.getProcessDefinitionKey()).send().join();
      if (form == null || form.getSchema() == null) {
        return Optional.empty();
      }
      Object schema = form.getSchema();
      return Optional.of(schema instanceof String text ? text : json.writeValueAsString(schema));
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        return Optional.empty();
      }
      throw e;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Start form of " + definition.getProcessDefinitionId() + " is not JSON", e);
    }
  }

  long start(ProcessDefinition definition, Map<String, Object> variables) {
    return camunda.newCreateInstanceCommand()
        .processDefinitionKey(definition.getProcessDefinitionKey())
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }
}
