package nl.stedendriehoek.kringloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.LocalIdentityProvider;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.SeparateKringloop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kringloop.gateway.auth.method=oidc}: the client fetches a token with client credentials
 * (its {@code auth.method=oidc}) from a local identity provider; the gateway checks the token's
 * signature against the provider's JWK set, its issuer, audience and expiry.
 */
class OidcAuthenticationTest {

  private static final String AUDIENCE = "kringloop-api";
  private static LocalIdentityProvider identity;
  private static SeparateKringloop kringloop;

  @BeforeAll
  static void start() {
    identity = new LocalIdentityProvider("worker", "worker-secret");
    kringloop = new SeparateKringloop("kringloop.gateway.auth.method=oidc",
        "kringloop.gateway.auth.oidc.issuer-uri=" + identity.issuer(),
        "kringloop.gateway.auth.oidc.jwk-set-uri=" + identity.jwkSetUri(),
        "kringloop.gateway.auth.oidc.audience=" + AUDIENCE);
  }

  @AfterAll
  static void stop() {
    kringloop.close();
    identity.close();
  }

  private static CredentialsProvider oauth(String secret) throws Exception {
    return CredentialsProvider.newCredentialsProviderBuilder().clientId("worker").clientSecret(secret)
        .audience(AUDIENCE).authorizationServerUrl(identity.tokenUri())
        .credentialsCachePath(Files.createTempDirectory("camunda-credentials").resolve("cache").toString())
        .applyEnvironmentOverrides(false).build();
  }

  @Test
  void shouldServeAClientWithAValidTokenOverRestAndGrpc() throws Exception {
    try (CamundaClient rest = kringloop.client(true, oauth("worker-secret"));
        CamundaClient grpc = kringloop.client(false, oauth("worker-secret"))) {
      // given
      String processId = Processes.uniqueId("oidc");

      // when
      Processes.deploy(grpc, processId, Processes.straightThrough(processId));
      long instance = rest.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
          .getProcessInstanceKey();

      // then
      assertThat(rest.newProcessInstanceGetRequest(instance).send().join().getProcessDefinitionId())
          .isEqualTo(processId);
    }
  }

  @Test
  void shouldRefuseATokenForAnotherAudienceAnExpiredTokenAndNoToken() throws Exception {
    // given
    String otherAudience = identity.token("worker", "another-api", Instant.now().plusSeconds(300));
    String expired = identity.token("worker", AUDIENCE, Instant.now().minusSeconds(600));

    // when
    HttpResponse<String> wrongAudience = topology("Bearer " + otherAudience);
    HttpResponse<String> late = topology("Bearer " + expired);
    HttpResponse<String> basic = topology("Basic d29ya2VyOndvcmtlci1zZWNyZXQ=");
    HttpResponse<String> valid = topology("Bearer " + identity.token("worker", AUDIENCE, Instant.now().plusSeconds(60)));

    // then
    assertThat(wrongAudience.statusCode()).isEqualTo(401);
    assertThat(wrongAudience.body()).contains("aud");
    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(late.body()).contains("xpired");
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(valid.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRefuseGrpcCallsWithoutToken() {
    try (CamundaClient grpc = kringloop.client(false, null)) {
      // when
      Throwable thrown = catchThrowable(() -> grpc.newTopologyRequest().send().join());

      // then
      assertThat(Failure.of(thrown)).isEqualTo(Failure.UNAUTHENTICATED);
    }
  }

  private static HttpResponse<String> topology(String authorization) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(kringloop.restAddress().resolve("/v2/topology"))
        .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
