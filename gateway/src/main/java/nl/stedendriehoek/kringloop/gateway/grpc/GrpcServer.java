package nl.stedendriehoek.kringloop.gateway.grpc;

import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The gRPC server (Netty) on its own port, started with the application context and stopped
 * before the engine. Serves the Gateway service and the standard gRPC health service.
 */
public final class GrpcServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(GrpcServer.class);

  /** Like the Camunda client's own limit, so whatever it may send is accepted. */
  private static final int MAX_INBOUND_MESSAGE_BYTES = 5 * 1024 * 1024;

  private final Server server;
  private final HealthStatusManager health = new HealthStatusManager();
  private volatile boolean running;

  public GrpcServer(String address, int port, ServerServiceDefinition gateway) {
    this.server = NettyServerBuilder.forAddress(new InetSocketAddress(address, port))
        .addService(gateway)
        .addService(health.getHealthService())
        .maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES)
        .permitKeepAliveTime(10, TimeUnit.SECONDS)
        .permitKeepAliveWithoutCalls(true)
        .build();
  }

  @Override
  public void start() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the gRPC gateway: " + e.getMessage(), e);
    }
    running = true;
    log.info("Camunda 8 gRPC gateway listening on {}", server.getListenSockets());
  }

  /** The port actually bound (useful when configured as 0). */
  public int port() {
    return server.getPort();
  }

  @Override
  public void stop() {
    health.enterTerminalState();
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    }
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
