package nl.stedendriehoek.kringloop.gateway.support;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.gateway.grpc.GrpcServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Kringloop of its own (engine, PostgreSQL, REST and gRPC on free loopback ports) with extra
 * settings, for tests whose settings the shared {@link EmbeddedKringloop} must not have
 * (authentication). Close it.
 */
public final class SeparateKringloop implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  public SeparateKringloop(String... properties) {
    List<String> all = new ArrayList<>(List.of(
        "kringloop.data-dir=" + temporaryDirectory(),
        "kringloop.database.durable=false",
        "server.port=0",
        "server.address=127.0.0.1",
        "kringloop.gateway.grpc.port=0",
        "camunda.client.enabled=false",
        "spring.flyway.enabled=false",
        "logging.level.io.zonky.test.db.postgres=WARN"));
    all.addAll(List.of(properties));
    context = new SpringApplicationBuilder(GatewayTestApplication.class).properties(all.toArray(String[]::new)).run();
  }

  private static String temporaryDirectory() {
    try {
      return Files.createTempDirectory("kringloop-gateway-separate").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI restAddress() {
    return URI.create("http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /** A client with the given credentials (null: none), preferring REST or gRPC; close it. */
  public CamundaClient client(boolean preferRest, CredentialsProvider credentials) {
    var builder = CamundaClient.newClientBuilder()
        .restAddress(restAddress())
        .grpcAddress(URI.create("http://127.0.0.1:" + context.getBean(GrpcServer.class).port()))
        .preferRestOverGrpc(preferRest)
        .defaultRequestTimeout(Duration.ofSeconds(10));
    if (credentials != null) {
      builder.credentialsProvider(credentials);
    }
    return builder.build();
  }

  @Override
  public void close() {
    context.close();
  }
}
