package nl.stedendriehoek.kringloop.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Camunda 8 API.
 *
 * @param grpc where the Zeebe gRPC gateway listens; loopback on Camunda's default port unless told
 *     otherwise, port 0 picks a free port (tests)
 * @param testEndpoints serves the clock and purge endpoints that Camunda Process Test calls
 *     ({@code /actuator/clock}, {@code /actuator/cluster/purge}, {@code PUT /v2/clock}); they move
 *     the engine's time and wipe its data, so they are never on by default
 */
@ConfigurationProperties("kringloop.gateway")
public record GatewayProperties(@DefaultValue Grpc grpc, @DefaultValue("false") boolean testEndpoints) {

  /**
   * @param enabled whether to start the gRPC server at all
   * @param address the interface to bind; 127.0.0.1 by default (no authentication yet)
   * @param port the port; 26500 is the Zeebe default, 0 picks a free one
   */
  public record Grpc(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("127.0.0.1") String address,
      @DefaultValue("26500") int port) {}
}
