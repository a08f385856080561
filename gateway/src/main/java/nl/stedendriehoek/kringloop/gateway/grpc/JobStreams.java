package nl.stedendriehoek.kringloop.gateway.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.StreamActivatedJobsRequest;
import io.grpc.stub.ServerCallStreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.gateway.JobActivation;

/**
 * Job push ({@code StreamActivatedJobs}): the stream stays open and parks a long poll of its type
 * again and again, pushing each job as soon as its transaction commits. Jobs pushed to a stream
 * the client has just closed stay activated until their timeout, as with a lost poll response.
 */
public final class JobStreams implements AutoCloseable {

  /** How many jobs one wake-up may push to a stream; the worker's own limit still applies on its side. */
  private static final int BATCH = 32;
  private static final Duration PARK = Duration.ofSeconds(30);

  private final JobActivation activation;
  private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "kringloop-grpc-job-stream");
    thread.setDaemon(true);
    return thread;
  });

  public JobStreams(JobActivation activation) {
    this.activation = activation;
  }

  void open(StreamActivatedJobsRequest request, ServerCallStreamObserver<ActivatedJob> observer) {
    ActivateJobsRequest activate = new ActivateJobsRequest(request.getType(), request.getWorker(),
        JobActivation.jobTimeout(request.getTimeout()), BATCH, request.getFetchVariableList());
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>();
    observer.setOnCancelHandler(() -> {
      CompletableFuture<?> waiting = current.get();
      if (waiting != null) {
        waiting.cancel(false);
      }
    });
    poll(activate, observer, current);
  }

  private void poll(ActivateJobsRequest request, ServerCallStreamObserver<ActivatedJob> observer,
      AtomicReference<CompletableFuture<?>> current) {
    if (observer.isCancelled()) {
      return;
    }
    CompletableFuture<List<nl.stedendriehoek.kringloop.engine.api.ActivatedJob>> next =
        activation.activate(request, PARK.toMillis());
    current.set(next);
    if (observer.isCancelled()) {
      next.cancel(false);
      return;
    }
    next.whenCompleteAsync((jobs, error) -> {
      if (error != null || observer.isCancelled()) {
        if (!observer.isCancelled()) {
          observer.onError(GrpcErrors.toStatus(error, "StreamActivatedJobs"));
        }
        return;
      }
      try {
        jobs.forEach(job -> observer.onNext(GrpcMessages.job(job)));
      } catch (RuntimeException e) {
        return;
      }
      poll(request, observer, current);
    }, executor);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
