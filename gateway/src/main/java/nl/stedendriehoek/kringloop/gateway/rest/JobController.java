package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.JobActivationRequest;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobCompletionRequest;
import io.camunda.client.protocol.rest.JobErrorRequest;
import io.camunda.client.protocol.rest.JobFailRequest;
import io.camunda.client.protocol.rest.JobUpdateRequest;
import java.time.Duration;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.FailJob;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.JobActivation;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** {@code /v2/jobs}: activation with long polling, completion, failure, error, update, search. */
@RestController
@RequestMapping("/v2/jobs")
class JobController {

  private final EngineService engine;
  private final JobActivation activation;
  private final JsonBodies bodies;
  private final EngineSearches searches;

  JobController(EngineService engine, JobActivation activation, JsonBodies bodies, EngineSearches searches) {
    this.engine = engine;
    this.activation = activation;
    this.bodies = bodies;
    this.searches = searches;
  }

  @PostMapping("/activation")
  DeferredResult<JobActivationResult> activate(@RequestBody(required = false) byte[] body) {
    JobActivationRequest request = bodies.read(body, JobActivationRequest.class);
    Tenants.checkAll(request.getTenantIds());
    if (request.getMaxJobsToActivate() == null) {
      throw new InvalidRequestException("Expected field 'maxJobsToActivate' to be given, but it is missing");
    }
    long requestTimeout = request.getRequestTimeout() == null ? 0 : request.getRequestTimeout();
    ActivateJobsRequest command = new ActivateJobsRequest(request.getType(),
        request.getWorker() == null ? "" : request.getWorker(),
        JobActivation.jobTimeout(request.getTimeout() == null ? 0 : request.getTimeout()),
        request.getMaxJobsToActivate(), request.getFetchVariable());
    return Async.deferred(activation.activate(command, requestTimeout)
            .thenApply(jobs -> new JobActivationResult().jobs(jobs.stream().map(RestViews::activatedJob).toList())),
        JobActivation.requestTimeout(requestTimeout));
  }

  @PostMapping("/{jobKey}/completion")
  ResponseEntity<Void> complete(@PathVariable String jobKey, @RequestBody(required = false) byte[] body) {
    JobCompletionRequest request = bodies.read(body, JobCompletionRequest.class);
    if (request.getResult() != null) {
      throw new NotSupportedYetException("A job result ('result': user task corrections, ad-hoc activation)");
    }
    engine.completeJob(Keys.parse("jobKey", jobKey), request.getVariables());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{jobKey}/failure")
  ResponseEntity<Void> fail(@PathVariable String jobKey, @RequestBody(required = false) byte[] body) {
    JobFailRequest request = bodies.read(body, JobFailRequest.class);
    engine.failJob(new FailJob(Keys.parse("jobKey", jobKey), request.getRetries() == null ? 0 : request.getRetries(),
        request.getErrorMessage(), Duration.ofMillis(request.getRetryBackOff() == null ? 0 : request.getRetryBackOff()),
        request.getVariables()));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{jobKey}/error")
  ResponseEntity<Void> throwError(@PathVariable String jobKey, @RequestBody(required = false) byte[] body) {
    JobErrorRequest request = bodies.read(body, JobErrorRequest.class);
    if (request.getErrorCode() == null || request.getErrorCode().isBlank()) {
      throw new InvalidRequestException("Expected field 'errorCode' to be given, but it is missing or empty");
    }
    engine.throwError(Keys.parse("jobKey", jobKey), request.getErrorCode(), request.getErrorMessage(),
        request.getVariables());
    return ResponseEntity.noContent().build();
  }

  @PatchMapping("/{jobKey}")
  ResponseEntity<Void> update(@PathVariable String jobKey, @RequestBody(required = false) byte[] body) {
    JobUpdateRequest request = bodies.read(body, JobUpdateRequest.class);
    long key = Keys.parse("jobKey", jobKey);
    if (request.getChangeset() == null
        || (request.getChangeset().getRetries() == null && request.getChangeset().getTimeout() == null)) {
      throw new InvalidRequestException("Expected field 'changeset' to hold 'retries' or 'timeout', but it holds neither");
    }
    if (request.getChangeset().getRetries() != null) {
      engine.updateJobRetries(key, request.getChangeset().getRetries());
    }
    if (request.getChangeset().getTimeout() != null) {
      engine.updateJobTimeout(key, Duration.ofMillis(request.getChangeset().getTimeout()));
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/search")
  ResponseEntity<byte[]> search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    return SearchResponses.of(bodies.mapper(), searches.jobs(query.toSearch()), RestViews::job);
  }
}
