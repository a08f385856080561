package nl.stedendriehoek.kringloop.gateway.support;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.stedendriehoek.kringloop.gateway.grpc.GrpcServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded Kringloop (engine, PostgreSQL on a temporary data directory, REST and gRPC on free
 * loopback ports, test endpoints on) shared by every test class of the JVM, and real Camunda
 * clients pointed at it.
 */
public final class EmbeddedKringloop {

  private static EmbeddedKringloop instance;

  private final ConfigurableApplicationContext context;
  private final int httpPort;
  private final int grpcPort;
  private final CamundaClient restClient;
  private final CamundaClient grpcClient;

  private EmbeddedKringloop(ConfigurableApplicationContext context) {
    this.context = context;
    this.httpPort = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    this.grpcPort = context.getBean(GrpcServer.class).port();
    this.restClient = newClient(true);
    this.grpcClient = newClient(false);
  }

  public static synchronized EmbeddedKringloop get() {
    if (instance == null) {
      instance = new EmbeddedKringloop(start(dataDirectory()));
    }
    return instance;
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(GatewayTestApplication.class)
        .properties(
            "kringloop.data-dir=" + dataDir,
            "kringloop.database.durable=false",
            "server.port=0",
            "server.address=127.0.0.1",
            "kringloop.gateway.grpc.port=0",
            "kringloop.gateway.test-endpoints=true",
            "camunda.client.enabled=false",
            "spring.flyway.enabled=false",
            "logging.level.io.zonky.test.db.postgres=WARN")
        .run();
  }

  private static Path dataDirectory() {
    try {
      return Files.createTempDirectory("kringloop-gateway-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI restAddress() {
    return URI.create("http://127.0.0.1:" + httpPort);
  }

  public URI grpcAddress() {
    return URI.create("http://127.0.0.1:" + grpcPort);
  }

  public int httpPort() {
    return httpPort;
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  /** A shared client preferring REST ({@code true}, the client default) or gRPC. */
  public CamundaClient client(boolean preferRest) {
    return preferRest ? restClient : grpcClient;
  }

  /** A new client of its own, for tests that open workers or change settings; close it. */
  public CamundaClient newClient(boolean preferRest) {
    return CamundaClient.newClientBuilder()
        .restAddress(restAddress())
        .grpcAddress(grpcAddress())
        .preferRestOverGrpc(preferRest)
        .defaultRequestTimeout(Duration.ofSeconds(10))
        .build();
  }
}
