package nl.stedendriehoek.kringloop;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.database.LoopbackPort;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the app's own Camunda client (used by the workers and the console) at the embedded
 * engine's gateway in this process: REST on the HTTP port, gRPC on the gateway port. Port 0 ("any
 * free port", as tests use) is resolved here, before anything starts, so the client knows the
 * real ports. With the embedded engine switched off ({@code kringloop.engine.enabled=false}, e.g.
 * against a Camunda 8 cluster) or with explicit client addresses, nothing is changed.
 */
public class LocalEngineAddresses implements EnvironmentPostProcessor, Ordered {

  static final String SOURCE = "kringloopLocalEngineAddresses";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("kringloop.engine.enabled", Boolean.class, true)) {
      return;
    }
    Map<String, Object> resolved = new LinkedHashMap<>();
    int http = port(environment.getProperty("server.port", Integer.class, 8080), "server.port", resolved);
    int grpc =
        port(
            environment.getProperty("kringloop.gateway.grpc.port", Integer.class, 26500),
            "kringloop.gateway.grpc.port",
            resolved);
    if (!environment.containsProperty("camunda.client.rest-address")) {
      resolved.put("camunda.client.rest-address", "http://127.0.0.1:" + http);
    }
    if (!environment.containsProperty("camunda.client.grpc-address")) {
      resolved.put("camunda.client.grpc-address", "http://127.0.0.1:" + grpc);
    }
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, resolved));
  }

  private static int port(int configured, String property, Map<String, Object> resolved) {
    if (configured != 0) {
      return configured;
    }
    int free = LoopbackPort.free();
    resolved.put(property, free);
    return free;
  }


  @Override
  public int getOrder() {
    // After application.properties and the command line are known.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
