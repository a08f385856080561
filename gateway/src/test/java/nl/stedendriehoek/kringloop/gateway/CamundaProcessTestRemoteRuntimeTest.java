package nl.stedendriehoek.kringloop.gateway;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.CamundaAssert.assertThatUserTask;
import static io.camunda.process.test.api.assertions.UserTaskSelectors.byElementId;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.process.test.api.CamundaProcessTestRuntimeMode;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.support.EmbeddedKringloop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camunda Process Test 8.8.14 in remote-runtime mode against the embedded engine: how every
 * process in {@code processes/} will be tested. CPT checks the topology at start, drives gRPC for
 * deploy, create and jobs, REST for searches and user tasks, and calls the clock and purge
 * endpoints after each test.
 */
class CamundaProcessTestRemoteRuntimeTest {

  /** Started before the extension, which checks the remote topology in its beforeAll. */
  private static final EmbeddedKringloop KRINGLOOP = EmbeddedKringloop.get();

  @RegisterExtension
  static final CamundaProcessTestExtension EXTENSION = new CamundaProcessTestExtension()
      .withRuntimeMode(CamundaProcessTestRuntimeMode.REMOTE)
      .withRemoteCamundaClientBuilderFactory(() -> CamundaClient.newClientBuilder()
          .restAddress(KRINGLOOP.restAddress())
          .grpcAddress(KRINGLOOP.grpcAddress()))
      .withRemoteCamundaMonitoringApiAddress(KRINGLOOP.restAddress());

  private CamundaClient client;
  private CamundaProcessTestContext processTestContext;

  private static final BpmnModelInstance SUBSIDY = Bpmn.createExecutableProcess("cpt-subsidy")
      .startEvent("received")
      .serviceTask("check", t -> t.zeebeJobType("cpt-check"))
      .userTask("approve", t -> t.zeebeUserTask().zeebeCandidateGroups("board"))
      .endEvent("decided")
      .done();

  @BeforeEach
  void deploy() {
    client.newDeployResourceCommand().addProcessModel(SUBSIDY, "cpt-subsidy.bpmn").send().join();
  }

  private ProcessInstanceEvent start(Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId("cpt-subsidy").latestVersion().variables(variables)
        .send().join();
  }

  @Test
  void shouldRunProcessWithMockedWorkerAndCompletedUserTask() {
    // given
    processTestContext.mockJobWorker("cpt-check").thenComplete(Map.of("eligible", true));

    // when
    ProcessInstanceEvent instance = start(Map.of("applicant", "Stichting Kringloop"));

    // then
    assertThat(instance).isActive().hasCompletedElements("received", "check").hasActiveElements("approve")
        .hasVariable("eligible", true).hasNoActiveIncidents();
    assertThatUserTask(byElementId("approve")).isCreated().hasCandidateGroup("board");

    // when
    processTestContext.completeUserTask("approve", Map.of("approved", true));

    // then
    assertThat(instance).isCompleted().hasCompletedElements("approve", "decided").hasVariable("approved", true);
  }

  @Test
  void shouldCompleteJobThroughTheContext() {
    // given
    ProcessInstanceEvent instance = start(Map.of());

    // when
    processTestContext.completeJob("cpt-check", Map.of("eligible", false));

    // then
    assertThat(instance).hasCompletedElements("check").hasVariable("eligible", false);
  }

  @Test
  void shouldShowIncidentWhenWorkerFailsWithoutRetries() {
    // given
    processTestContext.mockJobWorker("cpt-check").withHandler((jobClient, job) ->
        jobClient.newFailCommand(job).retries(0).errorMessage("register unreachable").send().join());

    // when
    ProcessInstanceEvent instance = start(Map.of());

    // then
    assertThat(instance).isActive().hasActiveIncidents();
  }

  @Test
  void shouldMoveTheEngineClockWithIncreaseTime() {
    // given
    Instant before = processTestContext.getCurrentTime();

    // when
    processTestContext.increaseTime(Duration.ofDays(30));

    // then
    assertThat(Duration.between(before, processTestContext.getCurrentTime()))
        .isGreaterThanOrEqualTo(Duration.ofDays(30));
  }
}
