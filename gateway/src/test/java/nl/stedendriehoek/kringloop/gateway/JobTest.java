package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.stedendriehoek.kringloop.gateway.support.Clock;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobTest {

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  private static long start(CamundaClient client, String processId, String jobType, Map<String, Object> variables) {
    Processes.deploy(client, processId, Processes.serviceTask(processId, jobType));
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send()
        .join().getProcessInstanceKey();
  }

  private static List<ActivatedJob> activate(CamundaClient client, String jobType) {
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(5).timeout(Duration.ofMinutes(5))
        .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldActivateJobWithItsVariablesHeadersAndProcessData(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("activate");
    long instance = start(client, processId, processId + "-job", Map.of("case", "K-1", "other", true));

    // when
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(processId + "-job").maxJobsToActivate(1)
        .workerName("clerk").fetchVariables("case").timeout(Duration.ofMinutes(1)).send().join().getJobs();

    // then
    assertThat(jobs).singleElement().satisfies(job -> {
      assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
      assertThat(job.getBpmnProcessId()).isEqualTo(processId);
      assertThat(job.getElementId()).isEqualTo("task");
      assertThat(job.getWorker()).isEqualTo("clerk");
      assertThat(job.getRetries()).isEqualTo(3);
      assertThat(job.getVariablesAsMap()).containsExactly(Map.entry("case", "K-1"));
      assertThat(job.getDeadline()).isGreaterThan(System.currentTimeMillis());
    });
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldHoldActivationUntilAJobOfTheTypeIsCreated(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("long-poll");
    String jobType = processId + "-job";
    Processes.deploy(client, processId, Processes.serviceTask(processId, jobType));
    CompletableFuture<List<ActivatedJob>> waiting = client.newActivateJobsCommand().jobType(jobType)
        .maxJobsToActivate(1).requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture()
        .thenApply(r -> r.getJobs());

    // when
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();

    // then
    List<ActivatedJob> jobs = waiting.orTimeout(15, java.util.concurrent.TimeUnit.SECONDS).join();
    assertThat(jobs).singleElement().satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(instance));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldAnswerEmptyWhenNoJobArrivesWithinTheRequestTimeout(Transport transport) {
    // when
    long started = System.nanoTime();
    var response = transport.client().newActivateJobsCommand().jobType(Processes.uniqueId("nothing"))
        .maxJobsToActivate(1).requestTimeout(Duration.ofMillis(500)).send().join();

    // then
    assertThat(response.getJobs()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldOfferFailedJobAgainOnlyAfterItsRetryBackoff(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("backoff");
    String jobType = processId + "-job";
    start(client, processId, jobType, Map.of());
    ActivatedJob job = activate(client, jobType).get(0);

    // when
    client.newFailCommand(job.getKey()).retries(2).errorMessage("service down").retryBackoff(Duration.ofHours(1))
        .send().join();

    // then
    assertThat(client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1)
        .requestTimeout(Duration.ofMillis(200)).send().join().getJobs()).isEmpty();
    Clock.add(Duration.ofHours(2));
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(activate(client, jobType)).singleElement().satisfies(again -> {
          assertThat(again.getKey()).isEqualTo(job.getKey());
          assertThat(again.getRetries()).isEqualTo(2);
        }));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRaiseIncidentWhenJobFailsWithoutRetriesAndResumeAfterRetriesUpdateAndResolution(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("no-retries");
    String jobType = processId + "-job";
    long instance = start(client, processId, jobType, Map.of());
    ActivatedJob job = activate(client, jobType).get(0);

    // when
    client.newFailCommand(job.getKey()).retries(0).errorMessage("cannot reach the register").send().join();

    // then
    List<Incident> incidents = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance))
        .send().join().items();
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
      assertThat(incident.getErrorMessage()).contains("cannot reach the register");
      assertThat(incident.getJobKey()).isEqualTo(job.getKey());
    });
    assertThat(client.newIncidentGetRequest(incidents.get(0).getIncidentKey()).send().join().getElementId())
        .isEqualTo("task");

    // when
    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();

    // then
    assertThat(activate(client, jobType)).singleElement()
        .satisfies(again -> assertThat(again.getRetries()).isEqualTo(1));
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getHasIncident()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRaiseIncidentWhenThrownErrorIsNotCaught(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("error");
    String jobType = processId + "-job";
    long instance = start(client, processId, jobType, Map.of());
    ActivatedJob job = activate(client, jobType).get(0);

    // when
    client.newThrowErrorCommand(job.getKey()).errorCode("NOT_ELIGIBLE").errorMessage("no subsidy").send().join();

    // then
    assertThat(client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items())
        .singleElement()
        .satisfies(incident -> assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT));
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.ACTIVE);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldTakeTheErrorBoundaryPathWhenAThrownErrorIsCaught(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("caught-error");
    String jobType = processId + "-job";
    Processes.deploy(client, processId, Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("check", t -> t.zeebeJobType(jobType))
        .boundaryEvent("not-eligible", b -> b.error("NOT_ELIGIBLE")).userTask("explain").endEvent()
        .moveToActivity("check").endEvent().done());
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
    ActivatedJob job = activate(client, jobType).get(0);

    // when
    client.newThrowErrorCommand(job.getKey()).errorCode("NOT_ELIGIBLE").errorMessage("no subsidy")
        .variables(Map.of("reason", "budget")).send().join();

    // then
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Transport.REST.client()
        .newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance).elementId("explain"))
        .send().join().items()).hasSize(1));
    assertThat(client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldOfferJobAgainWhenItsUpdatedTimeoutPasses(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("timeout");
    String jobType = processId + "-job";
    start(client, processId, jobType, Map.of());
    ActivatedJob job = activate(client, jobType).get(0);

    // when
    client.newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofMinutes(30)).send().join();
    Clock.add(Duration.ofMinutes(31));

    // then
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(activate(client, jobType)).extracting(ActivatedJob::getKey).containsExactly(job.getKey()));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRejectCompletingAnUnknownJobAsNotFoundAndACompletedJobAsInvalidState(Transport transport) {
    // given
    var client = transport.client();
    String processId = Processes.uniqueId("twice");
    String jobType = processId + "-job";
    start(client, processId, jobType, Map.of());
    ActivatedJob job = activate(client, jobType).get(0);
    client.newCompleteCommand(job.getKey()).send().join();

    // when
    Throwable unknown = catchThrowable(() -> client.newCompleteCommand(123L).send().join());
    Throwable again = catchThrowable(() -> client.newCompleteCommand(job.getKey()).send().join());

    // then
    assertThat(Failure.of(unknown)).isEqualTo(Failure.NOT_FOUND);
    assertThat(Failure.of(again)).isIn(Failure.NOT_FOUND, Failure.FAILED_PRECONDITION);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldRetryWithOneRetryLessWhenWorkerHandlerThrows(Transport transport) {
    // given
    String processId = Processes.uniqueId("handler-throws");
    String jobType = processId + "-job";
    List<Integer> retriesSeen = new CopyOnWriteArrayList<>();
    try (var client = transport.newClient()) {
      start(client, processId, jobType, Map.of());

      // when
      try (var worker = client.newWorker().jobType(jobType).handler((jobClient, job) -> {
        retriesSeen.add(job.getRetries());
        if (job.getRetries() > 1) {
          throw new IllegalStateException("flaky");
        }
        jobClient.newCompleteCommand(job).send().join();
      }).pollInterval(Duration.ofMillis(50)).open()) {

        // then
        await().atMost(Duration.ofSeconds(15)).until(() -> retriesSeen.size() >= 3);
        assertThat(retriesSeen).startsWith(3, 2, 1);
      }
    }
  }
}
