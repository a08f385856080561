package nl.stedendriehoek.kringloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.stedendriehoek.kringloop.gateway.support.Failure;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.SeparateKringloop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code kringloop.gateway.auth.method=basic}, as the client sends it with {@code auth.method=basic}. */
class BasicAuthenticationTest {

  private static SeparateKringloop kringloop;

  @BeforeAll
  static void start() {
    kringloop = new SeparateKringloop("kringloop.gateway.auth.method=basic",
        "kringloop.gateway.auth.basic.users.worker=" + new BCryptPasswordEncoder().encode("s3cret-worker"));
  }

  @AfterAll
  static void stop() {
    kringloop.close();
  }

  private static CredentialsProvider basic(String user, String password) {
    return CredentialsProvider.newBasicAuthCredentialsProviderBuilder().username(user).password(password)
        .applyEnvironmentOverrides(false).build();
  }

  @Test
  void shouldServeAClientWithTheConfiguredCredentialsOverRestAndGrpc() {
    try (CamundaClient rest = kringloop.client(true, basic("worker", "s3cret-worker"));
        CamundaClient grpc = kringloop.client(false, basic("worker", "s3cret-worker"))) {
      // given
      String processId = Processes.uniqueId("authenticated");

      // when
      Processes.deploy(grpc, processId, Processes.userTask(processId));
      long instance = grpc.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
          .getProcessInstanceKey();

      // then
      assertThat(rest.newProcessInstanceGetRequest(instance).send().join().getProcessDefinitionId())
          .isEqualTo(processId);
      assertThat(grpc.newTopologyRequest().send().join().getBrokers()).isNotEmpty();
    }
  }

  @Test
  void shouldRefuseAWrongPasswordOnRestAndGrpc() {
    try (CamundaClient rest = kringloop.client(true, basic("worker", "guess"));
        CamundaClient grpc = kringloop.client(false, basic("worker", "guess"))) {
      // when
      Throwable overRest = catchThrowable(() -> rest.newTopologyRequest().send().join());
      Throwable overGrpc = catchThrowable(() -> grpc.newTopologyRequest().send().join());

      // then
      assertThat(Failure.of(overRest)).isEqualTo(Failure.UNAUTHENTICATED);
      assertThat(Failure.of(overGrpc)).isEqualTo(Failure.UNAUTHENTICATED);
      assertThat(Failure.detail(overGrpc)).contains("wrong password");
    }
  }

  @Test
  void shouldAnswerMissingCredentialsWithA401ProblemAndAChallenge() throws Exception {
    // when
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(kringloop.restAddress().resolve("/v2/topology")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(kringloop.restAddress().resolve("/actuator/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> withCredentials = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(kringloop.restAddress().resolve("/v2/topology")).GET()
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("worker:s3cret-worker".getBytes(StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Kringloop\"");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(new ObjectMapper().readTree(response.body()).path("detail").asText()).contains("basic credentials");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(withCredentials.statusCode()).isEqualTo(200);
  }
}
