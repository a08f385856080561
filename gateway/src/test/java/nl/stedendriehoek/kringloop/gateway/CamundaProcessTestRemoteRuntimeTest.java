package nl.stedendriehoek.kringloop.gateway;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.CamundaAssert.assertThatUserTask;
import static io.camunda.process.test.api.assertions.UserTaskSelectors.byElementId;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaAssert;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.process.test.api.CamundaProcessTestRuntimeMode;
import io.camunda.process.test.api.assertions.DecisionSelectors;
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

  @Test
  void shouldAssertTheDecisionsOfABusinessRuleTaskWithTheirMatchedRules() {
    // given: "advies" requires "niveau"; a business rule task calls "advies"
    client.newDeployResourceCommand().addResourceString("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="cpt-advies-drg" name="Advies" namespace="https://kringloop.test">
          <decision id="cpt-niveau" name="Niveau bepalen">
            <variable id="cpt-niveau-var" name="niveau" />
            <decisionTable id="cpt-niveau-table" hitPolicy="FIRST">
              <input id="cpt-score"><inputExpression id="cpt-score-expr" typeRef="number"><text>score</text></inputExpression></input>
              <output id="cpt-niveau-out" name="niveau" typeRef="string" />
              <rule id="cpt-laag"><inputEntry id="cpt-laag-i"><text>&lt; 3</text></inputEntry><outputEntry id="cpt-laag-o"><text>"laag"</text></outputEntry></rule>
              <rule id="cpt-hoog"><inputEntry id="cpt-hoog-i"><text>&gt;= 3</text></inputEntry><outputEntry id="cpt-hoog-o"><text>"hoog"</text></outputEntry></rule>
            </decisionTable>
          </decision>
          <decision id="cpt-advies" name="Advies geven">
            <informationRequirement id="cpt-req"><requiredDecision href="#cpt-niveau" /></informationRequirement>
            <literalExpression id="cpt-advies-expr"><text>if niveau = "hoog" then "oppakken" else "volgen"</text></literalExpression>
          </decision>
        </definitions>
        """, java.nio.charset.StandardCharsets.UTF_8, "cpt-advies.dmn").send().join();
    client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("cpt-advies-proces").startEvent()
        .businessRuleTask("adviseren", t -> t.zeebeCalledDecisionId("cpt-advies").zeebeResultVariable("advies"))
        .endEvent().done(), "cpt-advies-proces.bpmn").send().join();

    // when
    ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId("cpt-advies-proces")
        .latestVersion().variables(Map.of("score", 4)).send().join();

    // then
    assertThat(instance).isCompleted().hasVariable("advies", "oppakken");
    CamundaAssert.assertThatDecision(DecisionSelectors.byId("cpt-niveau", instance.getProcessInstanceKey()))
        .isEvaluated().hasOutput("hoog").hasMatchedRules(2).hasNotMatchedRules(1);
    CamundaAssert.assertThatDecision(DecisionSelectors.byId("cpt-advies", instance.getProcessInstanceKey()))
        .isEvaluated().hasOutput("oppakken").hasNoMatchedRules();
  }
}
