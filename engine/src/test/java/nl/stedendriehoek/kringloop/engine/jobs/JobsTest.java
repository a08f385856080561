package nl.stedendriehoek.kringloop.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.FailJob;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.JobFilter;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobsTest extends EngineTest {

  @BeforeEach
  void deployWork() {
    deploy(Bpmn.createExecutableProcess("work").startEvent()
        .serviceTask("task", t -> t.zeebeJobType("work").zeebeJobRetries("3")).endEvent().done());
  }

  private static ActivateJobsRequest request(int max, Duration timeout) {
    return new ActivateJobsRequest("work", "worker-1", timeout, max, null);
  }

  @Test
  void activationHandsOutAtMostMaxJobsAndNeverTheSameJobTwice() {
    // given
    for (int i = 0; i < 5; i++) {
      start("work");
    }

    // when
    List<ActivatedJob> first = service.activateJobs(request(3, Duration.ofMinutes(1)));
    List<ActivatedJob> second = service.activateJobs(request(3, Duration.ofMinutes(1)));

    // then
    assertThat(first).hasSize(3);
    assertThat(second).hasSize(2);
    assertThat(first).extracting(ActivatedJob::jobKey)
        .doesNotContainAnyElementsOf(second.stream().map(ActivatedJob::jobKey).toList());
    assertThat(first.get(0).worker()).isEqualTo("worker-1");
    assertThat(service.activateJobs(request(3, Duration.ofMinutes(1)))).isEmpty();
  }

  @Test
  void invalidActivationRequestsAreRejected() {
    assertThatThrownBy(() -> new ActivateJobsRequest("", "w", Duration.ofSeconds(1), 1, null))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("job type");
    assertThatThrownBy(() -> new ActivateJobsRequest("x", "w", Duration.ZERO, 1, null))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> new ActivateJobsRequest("x", "w", Duration.ofSeconds(1), 0, null))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("maxJobsToActivate");
  }

  @Test
  void failWithRetriesMakesTheJobActivatableAgainAfterTheBackoff() throws Exception {
    // given
    start("work");
    ActivatedJob job = activateOne("work");

    // when
    service.failJob(new FailJob(job.jobKey(), 2, "database down", Duration.ofSeconds(30), Map.of()));

    // then: not before the backoff
    assertThat(activate("work", 1)).isEmpty();
    assertThat(queries.jobs(new JobFilter(null, "work", null)).get(0).errorMessage()).isEqualTo("database down");

    // when: the clock passes the backoff; a long poll is woken when the scheduler releases the job
    clock.add(Duration.ofSeconds(31));
    List<ActivatedJob> woken = service.activateJobs(request(1, Duration.ofMinutes(1)), Duration.ofSeconds(10))
        .get(10, TimeUnit.SECONDS);

    // then
    assertThat(woken).hasSize(1);
    ActivatedJob again = woken.get(0);
    assertThat(again.jobKey()).isEqualTo(job.jobKey());
    assertThat(again.retries()).isEqualTo(2);
  }

  @Test
  void failWithoutBackoffIsActivatableAtOnce() {
    // given
    start("work");
    ActivatedJob job = activateOne("work");

    // when
    service.failJob(new FailJob(job.jobKey(), 1, "try again", Duration.ZERO, Map.of()));

    // then
    assertThat(activateOne("work").retries()).isEqualTo(1);
  }

  @Test
  void failWithNoRetriesLeftRaisesAnIncident() {
    // given
    long instance = start("work");
    ActivatedJob job = activateOne("work");

    // when
    service.failJob(new FailJob(job.jobKey(), 0, "gave up", null, Map.of("attempts", 3)));

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(i -> {
      assertThat(i.errorType()).isEqualTo("JOB_NO_RETRIES");
      assertThat(i.errorMessage()).isEqualTo("gave up");
      assertThat(i.jobKey()).isEqualTo(job.jobKey());
      assertThat(i.elementId()).isEqualTo("task");
    });
    assertThat(activate("work", 1)).isEmpty();
    assertThat(queries.variables(instance)).anySatisfy(v -> assertThat(v.name()).isEqualTo("attempts"));
    assertThat(variables(instance)).doesNotContainKey("attempts");
  }

  @Test
  void timedOutJobReturnsToActivatableWhenTheClockPassesItsDeadline() {
    // given
    start("work");
    ActivatedJob job = service.activateJobs(request(1, Duration.ofMinutes(2))).get(0);
    assertThat(activate("work", 1)).isEmpty();

    // when: the scheduler thread is woken by the clock change
    clock.add(Duration.ofMinutes(3));

    // then
    await("the job times out", () -> "ACTIVATABLE".equals(queries.jobs(new JobFilter(null, "work", null)).get(0).state()));
    assertThat(activateOne("work").jobKey()).isEqualTo(job.jobKey());
  }

  @Test
  void updateTimeoutMovesTheDeadline() {
    // given
    start("work");
    ActivatedJob job = service.activateJobs(request(1, Duration.ofMinutes(2))).get(0);

    // when
    service.updateJobTimeout(job.jobKey(), Duration.ofMinutes(10));
    clock.add(Duration.ofMinutes(3));
    engine.processDueWork();

    // then
    assertThat(queries.jobs(new JobFilter(null, "work", null)).get(0).state()).isEqualTo("ACTIVATED");
    assertThat(queries.jobs(new JobFilter(null, "work", null)).get(0).deadline()).isEqualTo(T0.plusSeconds(600));
  }

  @Test
  void updateRetriesChangesTheRetriesAndRejectsZero() {
    // given
    start("work");
    ActivatedJob job = activateOne("work");

    // when
    service.updateJobRetries(job.jobKey(), 7);

    // then
    assertThat(queries.jobs(new JobFilter(null, "work", null)).get(0).retries()).isEqualTo(7);
    assertThatThrownBy(() -> service.updateJobRetries(job.jobKey(), 0)).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void thrownErrorThatNothingCatchesBecomesAnIncident() {
    // given
    long instance = start("work");
    ActivatedJob job = activateOne("work");

    // when
    service.throwError(job.jobKey(), "NOT_ELIGIBLE", "applicant too young", Map.of());

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(i -> {
      assertThat(i.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
      assertThat(i.errorMessage()).contains("'NOT_ELIGIBLE'").contains("applicant too young").contains("'task'");
    });
    assertThat(queries.jobs(new JobFilter(instance, null, null)).get(0).state()).isEqualTo("ERROR_THROWN");
    assertThatThrownBy(() -> service.completeJob(job.jobKey(), Map.of())).isInstanceOf(InvalidStateException.class);
  }

  @Test
  void longPollCompletesWhenAJobOfItsTypeIsCommitted() throws Exception {
    // given
    CompletableFuture<List<ActivatedJob>> parked = service.activateJobs(request(1, Duration.ofMinutes(1)),
        Duration.ofSeconds(30));
    assertThat(parked).isNotDone();

    // when
    long instance = start("work");

    // then
    List<ActivatedJob> jobs = parked.get(10, TimeUnit.SECONDS);
    assertThat(jobs).singleElement().satisfies(j -> assertThat(j.processInstanceKey()).isEqualTo(instance));
  }

  @Test
  void longPollReturnsAtOnceWhenJobsAreWaiting() throws Exception {
    // given
    start("work");

    // when
    CompletableFuture<List<ActivatedJob>> result = service.activateJobs(request(5, Duration.ofMinutes(1)),
        Duration.ofSeconds(30));

    // then
    assertThat(result).isDone();
    assertThat(result.get()).hasSize(1);
  }

  @Test
  void longPollCompletesEmptyWhenItsRequestTimeoutPasses() throws Exception {
    // when
    CompletableFuture<List<ActivatedJob>> parked = service.activateJobs(request(1, Duration.ofMinutes(1)),
        Duration.ofMillis(200));

    // then
    assertThat(parked.get(10, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void longPollIgnoresJobsOfOtherTypes() {
    // given
    deploy(Bpmn.createExecutableProcess("other").startEvent().serviceTask("o", t -> t.zeebeJobType("other"))
        .endEvent().done());
    CompletableFuture<List<ActivatedJob>> parked = service.activateJobs(request(1, Duration.ofMinutes(1)),
        Duration.ofSeconds(30));

    // when
    start("other");

    // then
    assertThat(parked).isNotDone();
    assertThat(activate("other", 1)).hasSize(1);
    parked.cancel(true);
  }
}
