package nl.stedendriehoek.kringloop.gateway;

import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.auth.AuthMethod;
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
public record GatewayProperties(
    @DefaultValue Grpc grpc, @DefaultValue("false") boolean testEndpoints, @DefaultValue Auth auth) {

  /**
   * How API callers authenticate, on REST and gRPC alike.
   *
   * @param method {@code none} (loopback only), {@code basic} or {@code oidc}
   * @param basic users by name, each with the BCrypt hash of their password
   * @param oidc the identity provider whose JWTs are accepted
   */
  public record Auth(@DefaultValue("none") AuthMethod method, @DefaultValue Basic basic, @DefaultValue Oidc oidc) {}

  public record Basic(@DefaultValue Map<String, String> users) {}

  /**
   * @param issuerUri the tokens' {@code iss}, exactly
   * @param jwkSetUri where the issuer publishes its signing keys
   * @param audience a value the tokens' {@code aud} must contain (the client's {@code audience})
   */
  public record Oidc(String issuerUri, String jwkSetUri, String audience) {}


  /**
   * @param enabled whether to start the gRPC server at all
   * @param address the interface to bind; 127.0.0.1 by default (another needs authentication)
   * @param port the port; 26500 is the Zeebe default, 0 picks a free one
   */
  public record Grpc(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("127.0.0.1") String address,
      @DefaultValue("26500") int port) {}
}
