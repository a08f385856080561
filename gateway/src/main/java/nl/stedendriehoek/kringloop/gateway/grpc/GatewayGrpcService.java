package nl.stedendriehoek.kringloop.gateway.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeleteResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeleteResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.StreamActivatedJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutResponse;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.FailJob;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceCreated;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.engine.api.PublishMessage;
import nl.stedendriehoek.kringloop.gateway.JobActivation;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;

/**
 * The Zeebe gRPC gateway over the engine's service: each RPC translates its message, calls the
 * same {@link EngineService} method as the REST endpoint, and translates the answer or the
 * failure ({@link GrpcErrors}).
 */
public class GatewayGrpcService extends GatewayGrpc.GatewayImplBase {

  private final EngineService engine;
  private final EngineQueries queries;
  private final JobActivation activation;
  private final JobStreams streams;
  private final IntSupplier port;
  private final DecisionEvaluations decisions;

  public GatewayGrpcService(
      EngineService engine, EngineQueries queries, JobActivation activation, JobStreams streams,
      IntSupplier port, DecisionEvaluations decisions) {
    this.decisions = decisions;
    this.engine = engine;
    this.queries = queries;
    this.activation = activation;
    this.streams = streams;
    this.port = port;
  }

  @Override
  public void topology(TopologyRequest request, StreamObserver<TopologyResponse> observer) {
    unary(observer, "Topology", () -> GrpcMessages.topology(port.getAsInt()));
  }

  @Override
  public void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> observer) {
    unary(observer, "DeployResource", () -> {
      Tenants.check(request.getTenantId());
      if (request.getResourcesCount() == 0) {
        throw new InvalidRequestException("Expected at least one resource to deploy, but got none");
      }
      List<Resource> resources = request.getResourcesList().stream()
          .map(r -> new Resource(r.getName(), r.getContent().toByteArray())).toList();
      return GrpcMessages.deployment(engine.deploy(resources));
    });
  }

  @Override
  public void createProcessInstance(
      CreateProcessInstanceRequest request, StreamObserver<CreateProcessInstanceResponse> observer) {
    unary(observer, "CreateProcessInstance", () -> {
      ProcessInstanceCreated created = create(request);
      return CreateProcessInstanceResponse.newBuilder()
          .setProcessInstanceKey(created.processInstanceKey())
          .setProcessDefinitionKey(created.processDefinitionKey())
          .setBpmnProcessId(created.bpmnProcessId())
          .setVersion(created.version())
          .setTenantId(Tenants.DEFAULT)
          .addAllTags(request.getTagsList())
          .build();
    });
  }

  @Override
  public void createProcessInstanceWithResult(
      CreateProcessInstanceWithResultRequest request, StreamObserver<CreateProcessInstanceWithResultResponse> observer) {
    CompletableFuture<CreateProcessInstanceWithResultResponse> result;
    try {
      ProcessInstanceCreated created = create(request.getRequest());
      Duration timeout = JobActivation.requestTimeout(request.getRequestTimeout());
      result = engine.awaitProcessInstanceEnd(created.processInstanceKey(), timeout).thenApply(ended ->
          CreateProcessInstanceWithResultResponse.newBuilder()
              .setProcessInstanceKey(created.processInstanceKey())
              .setProcessDefinitionKey(created.processDefinitionKey())
              .setBpmnProcessId(created.bpmnProcessId())
              .setVersion(created.version())
              .setTenantId(Tenants.DEFAULT)
              .addAllTags(request.getRequest().getTagsList())
              .setVariables(GrpcVariables.write(fetch(queries.processVariables(created.processInstanceKey()),
                  request.getFetchVariablesList())))
              .build());
    } catch (RuntimeException e) {
      observer.onError(GrpcErrors.toStatus(e, "CreateProcessInstanceWithResult"));
      return;
    }
    if (observer instanceof ServerCallStreamObserver<?> call) {
      call.setOnCancelHandler(() -> result.cancel(false));
    }
    result.whenComplete((response, error) -> complete(observer, "CreateProcessInstanceWithResult", response, error));
  }

  private static java.util.Map<String, Object> fetch(java.util.Map<String, Object> variables, List<String> names) {
    if (names.isEmpty()) {
      return variables;
    }
    java.util.Map<String, Object> fetched = new java.util.LinkedHashMap<>();
    names.stream().filter(variables::containsKey).forEach(name -> fetched.put(name, variables.get(name)));
    return fetched;
  }

  private ProcessInstanceCreated create(CreateProcessInstanceRequest request) {
    Tenants.check(request.getTenantId());
    if (request.getStartInstructionsCount() > 0) {
      throw new NotSupportedYetException("Starting a process instance at given elements ('startInstructions')");
    }
    if (request.getRuntimeInstructionsCount() > 0) {
      throw new NotSupportedYetException("Runtime instructions on process instance creation");
    }
    Long key = request.getProcessDefinitionKey() > 0 ? request.getProcessDefinitionKey() : null;
    String processId = key == null ? request.getBpmnProcessId() : null;
    Integer version = key == null ? request.getVersion() : null;
    return engine.createProcessInstance(new CreateProcessInstance(processId, version, key,
        GrpcVariables.parse("variables", request.getVariables())));
  }

  @Override
  public void cancelProcessInstance(
      CancelProcessInstanceRequest request, StreamObserver<CancelProcessInstanceResponse> observer) {
    unary(observer, "CancelProcessInstance", () -> {
      engine.cancelProcessInstance(request.getProcessInstanceKey());
      return CancelProcessInstanceResponse.getDefaultInstance();
    });
  }

  @Override
  public void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> observer) {
    CompletableFuture<List<nl.stedendriehoek.kringloop.engine.api.ActivatedJob>> jobs;
    try {
      Tenants.checkAll(request.getTenantIdsList());
      jobs = activation.activate(new nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest(request.getType(),
          request.getWorker(), JobActivation.jobTimeout(request.getTimeout()), request.getMaxJobsToActivate(),
          request.getFetchVariableList()), request.getRequestTimeout());
    } catch (RuntimeException e) {
      observer.onError(GrpcErrors.toStatus(e, "ActivateJobs"));
      return;
    }
    if (observer instanceof ServerCallStreamObserver<?> call) {
      call.setOnCancelHandler(() -> jobs.cancel(false));
    }
    jobs.whenComplete((activated, error) -> {
      if (error != null) {
        complete(observer, "ActivateJobs", null, error);
        return;
      }
      try {
        if (!activated.isEmpty()) {
          observer.onNext(ActivateJobsResponse.newBuilder()
              .addAllJobs(activated.stream().map(GrpcMessages::job).toList()).build());
        }
        observer.onCompleted();
      } catch (RuntimeException e) {
        // the caller went away after the jobs were activated; they time out and come back
      }
    });
  }

  @Override
  public void streamActivatedJobs(StreamActivatedJobsRequest request, StreamObserver<ActivatedJob> observer) {
    try {
      Tenants.checkAll(request.getTenantIdsList());
      streams.open(request, (ServerCallStreamObserver<ActivatedJob>) observer);
    } catch (RuntimeException e) {
      observer.onError(GrpcErrors.toStatus(e, "StreamActivatedJobs"));
    }
  }

  @Override
  public void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> observer) {
    unary(observer, "CompleteJob", () -> {
      if (request.hasResult()) {
        throw new NotSupportedYetException("A job result ('result': user task corrections, ad-hoc activation)");
      }
      engine.completeJob(request.getJobKey(), GrpcVariables.parse("variables", request.getVariables()));
      return CompleteJobResponse.getDefaultInstance();
    });
  }

  @Override
  public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> observer) {
    unary(observer, "FailJob", () -> {
      engine.failJob(new FailJob(request.getJobKey(), request.getRetries(), request.getErrorMessage(),
          Duration.ofMillis(request.getRetryBackOff()), GrpcVariables.parse("variables", request.getVariables())));
      return FailJobResponse.getDefaultInstance();
    });
  }

  @Override
  public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> observer) {
    unary(observer, "ThrowError", () -> {
      if (request.getErrorCode().isBlank()) {
        throw new InvalidRequestException("Expected 'errorCode' to be given, but it is empty");
      }
      engine.throwError(request.getJobKey(), request.getErrorCode(), request.getErrorMessage(),
          GrpcVariables.parse("variables", request.getVariables()));
      return ThrowErrorResponse.getDefaultInstance();
    });
  }

  @Override
  public void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> observer) {
    unary(observer, "UpdateJobRetries", () -> {
      engine.updateJobRetries(request.getJobKey(), request.getRetries());
      return UpdateJobRetriesResponse.getDefaultInstance();
    });
  }

  @Override
  public void updateJobTimeout(UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> observer) {
    unary(observer, "UpdateJobTimeout", () -> {
      engine.updateJobTimeout(request.getJobKey(), Duration.ofMillis(request.getTimeout()));
      return UpdateJobTimeoutResponse.getDefaultInstance();
    });
  }

  @Override
  public void setVariables(SetVariablesRequest request, StreamObserver<SetVariablesResponse> observer) {
    unary(observer, "SetVariables", () -> {
      engine.setVariables(request.getElementInstanceKey(), GrpcVariables.parse("variables", request.getVariables()),
          request.getLocal());
      return SetVariablesResponse.getDefaultInstance();
    });
  }

  @Override
  public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> observer) {
    unary(observer, "ResolveIncident", () -> {
      engine.resolveIncident(request.getIncidentKey());
      return ResolveIncidentResponse.getDefaultInstance();
    });
  }

  @Override
  public void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> observer) {
    unary(observer, "PublishMessage", () -> {
      Tenants.check(request.getTenantId());
      long key = engine.publishMessage(new PublishMessage(request.getName(), request.getCorrelationKey(),
          Duration.ofMillis(request.getTimeToLive()), request.getMessageId(),
          GrpcVariables.parse("variables", request.getVariables())));
      return PublishMessageResponse.newBuilder().setKey(key).setTenantId(Tenants.DEFAULT).build();
    });
  }

  @Override
  public void broadcastSignal(BroadcastSignalRequest request, StreamObserver<BroadcastSignalResponse> observer) {
    unary(observer, "BroadcastSignal", () -> {
      Tenants.check(request.getTenantId());
      long key = engine.broadcastSignal(request.getSignalName(), GrpcVariables.parse("variables", request.getVariables()));
      return BroadcastSignalResponse.newBuilder().setKey(key).setTenantId(Tenants.DEFAULT).build();
    });
  }

  @Override
  public void evaluateDecision(EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> observer) {
    unary(observer, "EvaluateDecision", () -> GrpcDecisions.response(decisions.evaluate(
        request.getDecisionId().isEmpty() ? null : request.getDecisionId(),
        request.getDecisionKey() == 0 ? null : request.getDecisionKey(),
        GrpcVariables.parse("variables", request.getVariables()))));
  }

  @Override
  public void modifyProcessInstance(
      ModifyProcessInstanceRequest request, StreamObserver<ModifyProcessInstanceResponse> observer) {
    unary(observer, "ModifyProcessInstance", () -> {
      engine.modifyProcessInstance(GrpcModifications.of(request));
      return ModifyProcessInstanceResponse.getDefaultInstance();
    });
  }

  @Override
  public void migrateProcessInstance(
      MigrateProcessInstanceRequest request, StreamObserver<MigrateProcessInstanceResponse> observer) {
    unsupported(observer, "MigrateProcessInstance", "Migrating a process instance");
  }

  @Override
  public void deleteResource(DeleteResourceRequest request, StreamObserver<DeleteResourceResponse> observer) {
    unary(observer, "DeleteResource", () -> {
      engine.deleteResource(request.getResourceKey(),
          request.hasOperationReference() ? request.getOperationReference() : null);
      return DeleteResourceResponse.getDefaultInstance();
    });
  }

  @Override
  public void deployProcess(DeployProcessRequest request, StreamObserver<DeployProcessResponse> observer) {
    unsupported(observer, "DeployProcess", "The deprecated DeployProcess RPC (use DeployResource)");
  }

  private static <T> void unsupported(StreamObserver<T> observer, String rpc, String what) {
    observer.onError(GrpcErrors.toStatus(new NotSupportedYetException(what), rpc));
  }

  private static <T> void unary(StreamObserver<T> observer, String rpc, Supplier<T> call) {
    T response;
    try {
      response = call.get();
    } catch (RuntimeException e) {
      observer.onError(GrpcErrors.toStatus(e, rpc));
      return;
    }
    observer.onNext(response);
    observer.onCompleted();
  }

  private static <T> void complete(StreamObserver<T> observer, String rpc, T response, Throwable error) {
    try {
      if (error != null) {
        observer.onError(GrpcErrors.toStatus(error, rpc));
      } else {
        observer.onNext(response);
        observer.onCompleted();
      }
    } catch (RuntimeException e) {
      // the call was cancelled by the client meanwhile; nothing left to tell it
    }
  }
}
