package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Variable;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VariableAndElementInstanceTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldSetVariablesOnTheInstanceScopeAndFindThemByNameAndKey(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("set-vars");
    Processes.deploy(client, processId, Processes.userTask(processId));
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("status", "new")).send().join().getProcessInstanceKey();

    // when
    client.newSetVariablesCommand(instance).variables(Map.of("status", "checked", "score", 7)).send().join();

    // then
    var found = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("status"))
        .send().join().items();
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.getValue()).isEqualTo("\"checked\"");
      assertThat(v.getScopeKey()).isEqualTo(instance);
    });
    Variable byKey = client.newVariableGetRequest(found.get(0).getVariableKey()).send().join();
    assertThat(byKey.getName()).isEqualTo("status");
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance))
        .sort(s -> s.name().asc()).send().join().items()).extracting(Variable::getName)
        .containsExactly("score", "status");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldFindElementInstancesByInstanceElementAndState(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("elements");
    Processes.deploy(client, processId, Processes.userTask(processId));
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();

    // when
    var active = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(ElementInstanceState.ACTIVE)).send().join().items();
    var start = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("start")).send().join().items();

    // then
    assertThat(active).singleElement().satisfies(e -> {
      assertThat(e.getElementId()).isEqualTo("review");
      assertThat(e.getType()).isEqualTo(ElementInstanceType.USER_TASK);
      assertThat(e.getProcessDefinitionId()).isEqualTo(processId);
    });
    assertThat(start).singleElement().satisfies(e -> {
      assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED);
      assertThat(e.getType()).isEqualTo(ElementInstanceType.START_EVENT);
    });
    ElementInstance byKey = client.newElementInstanceGetRequest(active.get(0).getElementInstanceKey()).send().join();
    assertThat(byKey.getElementId()).isEqualTo("review");
  }
}
