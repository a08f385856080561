package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import java.time.Duration;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProcessInstanceTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldCreateInstanceOfLatestVersionByProcessIdAndOfAGivenDefinitionByKey(Transport transport) {
    // given
    String processId = Processes.uniqueId("create");
    var v1 = Processes.deploy(transport.client(), processId, Processes.userTask(processId)).getProcesses().get(0);
    var v2 = Processes.deploy(transport.client(), processId, Processes.serviceTask(processId, processId))
        .getProcesses().get(0);

    // when
    ProcessInstanceEvent latest = transport.client().newCreateInstanceCommand().bpmnProcessId(processId)
        .latestVersion().send().join();
    ProcessInstanceEvent byKey = transport.client().newCreateInstanceCommand()
        .processDefinitionKey(v1.getProcessDefinitionKey()).send().join();

    // then
    assertThat(latest.getProcessDefinitionKey()).isEqualTo(v2.getProcessDefinitionKey());
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(latest.getBpmnProcessId()).isEqualTo(processId);
    assertThat(byKey.getProcessDefinitionKey()).isEqualTo(v1.getProcessDefinitionKey());
    assertThat(byKey.getVersion()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldAnswerCreateWithResultWithTheEndedInstancesVariables(Transport transport) {
    // given
    String processId = Processes.uniqueId("with-result");
    Processes.deploy(transport.client(), processId, Processes.straightThrough(processId));

    // when
    ProcessInstanceResult result = transport.client().newCreateInstanceCommand().bpmnProcessId(processId)
        .latestVersion().variables(Map.of("applicant", "Jansen", "amount", 12)).withResult()
        .fetchVariables("amount").requestTimeout(Duration.ofSeconds(10)).send().join();

    // then
    assertThat(result.getProcessInstanceKey()).isPositive();
    assertThat(result.getVariablesAsMap()).containsExactly(Map.entry("amount", 12));
    assertThat(transport.client().newProcessInstanceGetRequest(result.getProcessInstanceKey()).send().join()
        .getState()).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldTerminateInstanceWhenCancelled(Transport transport) {
    // given
    String processId = Processes.uniqueId("cancel");
    Processes.deploy(transport.client(), processId, Processes.userTask(processId));
    long key = transport.client().newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();

    // when
    transport.client().newCancelInstanceCommand(key).send().join();

    // then
    ProcessInstance instance = transport.client().newProcessInstanceGetRequest(key).send().join();
    assertThat(instance.getState()).isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(instance.getEndDate()).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRejectCancellingAnUnknownInstanceAsNotFound(Transport transport) {
    // when
    Throwable thrown = catchThrowable(() -> transport.client().newCancelInstanceCommand(4242L).send().join());

    // then
    assertThat(Failure.of(thrown)).isEqualTo(Failure.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRejectStartingAnUnknownProcessAsNotFound(Transport transport) {
    // when
    Throwable thrown = catchThrowable(() -> transport.client().newCreateInstanceCommand()
        .bpmnProcessId(Processes.uniqueId("never-deployed")).latestVersion().send().join());

    // then
    assertThat(Failure.of(thrown)).isEqualTo(Failure.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldFindInstancesByProcessIdAndStateSortedAndPaged(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("search");
    Processes.deploy(client, processId, Processes.userTask(processId));
    long first = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
    long second = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
    long third = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
    client.newCancelInstanceCommand(second).send().join();

    // when
    var active = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).state(ProcessInstanceState.ACTIVE))
        .sort(s -> s.processInstanceKey().desc()).send().join();
    var firstPage = client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.processInstanceKey().asc()).page(p -> p.limit(2)).send().join();
    var nextPage = client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.processInstanceKey().asc()).page(p -> p.limit(2).after(firstPage.page().endCursor()))
        .send().join();

    // then
    assertThat(active.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(third, first);
    assertThat(firstPage.page().totalItems()).isEqualTo(3);
    assertThat(firstPage.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(first, second);
    assertThat(nextPage.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(third);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldListTakenSequenceFlowsAndElementStatistics(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("flows");
    Processes.deploy(client, processId, Processes.userTask(processId));
    long key = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();

    // when
    var flows = client.newProcessInstanceSequenceFlowsRequest(key).send().join();
    var statistics = client.newProcessInstanceElementStatisticsRequest(key).send().join();

    // then
    assertThat(flows).hasSize(1);
    assertThat(flows.get(0).getProcessInstanceKey()).isEqualTo(Long.toString(key));
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("review");
      assertThat(s.getActive()).isEqualTo(1L);
    });
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("start");
      assertThat(s.getCompleted()).isEqualTo(1L);
    });
  }
}
