package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.response.ProcessDefinition;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;

/** Process-definition reads are REST only in the client. */
class ProcessDefinitionTest {

  private final io.camunda.client.CamundaClient client = Transport.REST.client();

  @Test
  void shouldFindDefinitionsByIdNewestFirstAndServeTheirXml() {
    // given
    String processId = Processes.uniqueId("definitions");
    Processes.deploy(client, processId, Processes.straightThrough(processId));
    long latestKey = Processes.deploy(client, processId, Processes.userTask(processId)).getProcesses().get(0)
        .getProcessDefinitionKey();

    // when
    var found = client.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.version().desc()).send().join().items();
    var latest = client.newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId).isLatestVersion(true)).send().join().items();
    String xml = client.newProcessDefinitionGetXmlRequest(latestKey).send().join();

    // then
    assertThat(found).extracting(ProcessDefinition::getVersion).containsExactly(2, 1);
    assertThat(latest).extracting(ProcessDefinition::getProcessDefinitionKey).containsExactly(latestKey);
    assertThat(client.newProcessDefinitionGetRequest(latestKey).send().join().getResourceName())
        .isEqualTo(processId + ".bpmn");
    assertThat(xml).contains("id=\"" + processId + "\"").contains("review");
  }
}
