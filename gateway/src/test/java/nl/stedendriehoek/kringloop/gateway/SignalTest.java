package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Broadcasting signals through the real client, over REST and gRPC. */
class SignalTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldReachEveryInstanceWaitingForTheSignal(Transport transport) {
    // given
    CamundaClient client = transport.client();
    String processId = Processes.uniqueId("signal");
    Processes.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("go").signal(processId + "-go").endEvent().done());
    long first = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
    long second = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();

    // when
    var broadcast = client.newBroadcastSignalCommand().signalName(processId + "-go").variables(Map.of("x", 1))
        .send().join();

    // then
    assertThat(broadcast.getKey()).isPositive();
    assertThat(client.newProcessInstanceGetRequest(first).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(client.newProcessInstanceGetRequest(second).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRefuseASignalWithoutName(Transport transport) {
    // when
    Throwable thrown = catchThrowable(() -> transport.client().newBroadcastSignalCommand().signalName("").send()
        .join());

    // then
    assertThat(Failure.of(thrown)).isEqualTo(Failure.INVALID_ARGUMENT);
    assertThat(Failure.detail(thrown)).contains("signal name");
  }
}
