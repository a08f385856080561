package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.api.response.DeploymentEvent;
import java.nio.charset.StandardCharsets;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeploymentTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldReportDeployedProcessWithVersionAndKey(Transport transport) {
    // given
    String processId = Processes.uniqueId("deploy");

    // when
    DeploymentEvent first = Processes.deploy(transport.client(), processId, Processes.straightThrough(processId));
    DeploymentEvent second = transport.client().newDeployResourceCommand()
        .addProcessModel(Processes.serviceTask(processId, "changed"), processId + ".bpmn").send().join();

    // then
    assertThat(first.getKey()).isPositive();
    assertThat(first.getProcesses()).singleElement().satisfies(process -> {
      assertThat(process.getBpmnProcessId()).isEqualTo(processId);
      assertThat(process.getVersion()).isEqualTo(1);
      assertThat(process.getResourceName()).isEqualTo(processId + ".bpmn");
      assertThat(process.getTenantId()).isEqualTo("<default>");
    });
    assertThat(second.getProcesses()).singleElement().satisfies(process -> {
      assertThat(process.getVersion()).isEqualTo(2);
      assertThat(process.getProcessDefinitionKey()).isNotEqualTo(first.getProcesses().get(0).getProcessDefinitionKey());
    });
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRejectInvalidBpmnAsInvalidArgumentNamingTheResource(Transport transport) {
    // given
    byte[] broken = "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL'><process id='x'"
        .getBytes(StandardCharsets.UTF_8);

    // when
    Throwable thrown = catchThrowable(() -> transport.client().newDeployResourceCommand()
        .addResourceBytes(broken, "broken.bpmn").send().join());

    // then
    assertThat(Failure.of(thrown)).isEqualTo(Failure.INVALID_ARGUMENT);
    assertThat(Failure.detail(thrown)).contains("broken.bpmn");
  }
}
