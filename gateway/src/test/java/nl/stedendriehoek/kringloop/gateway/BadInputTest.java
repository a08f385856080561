package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Rest;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.Test;

/** What the client never sends: every answer is a problem detail naming the field, and nothing is written. */
class BadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("instance").asText()).startsWith("/v2/");
    assertThat(response.body()).doesNotContain("at nl.").doesNotContain("Exception:");
    return problem;
  }

  private static String deployedProcess() {
    String processId = Processes.uniqueId("bad-input");
    Processes.deploy(Transport.REST.client(), processId, Processes.userTask(processId));
    return processId;
  }

  private static long instancesOf(String processId) {
    return Transport.REST.client().newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(processId))
        .send().join().page().totalItems();
  }

  @Test
  void shouldRejectMalformedJsonWithoutCreatingAnything() throws Exception {
    // given
    String processId = deployedProcess();

    // when
    var response = Rest.send("POST", "/v2/process-instances", "{\"processDefinitionId\":\"" + processId + "\",");

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("malformed");
    assertThat(instancesOf(processId)).isZero();
  }

  @Test
  void shouldRejectUnknownFieldNamingItWithoutCreatingAnything() throws Exception {
    // given
    String processId = deployedProcess();

    // when
    var response = Rest.send("POST", "/v2/process-instances",
        "{\"processDefinitionId\":\"" + processId + "\",\"colour\":\"red\"}");

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("'colour'");
    assertThat(instancesOf(processId)).isZero();
  }

  @Test
  void shouldRejectWrongTypeNamingTheField() throws Exception {
    // when
    var response = Rest.send("POST", "/v2/jobs/2251799813685249/failure", "{\"retries\":\"many\"}");

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("'retries'").contains("many");
  }

  @Test
  void shouldRejectVariablesThatAreNotAnObject() throws Exception {
    // when
    var response = Rest.send("POST", "/v2/process-instances", "{\"processDefinitionId\":\"x\",\"variables\":[1,2]}");

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("'variables'");
  }

  @Test
  void shouldRejectUnknownInstructionTypeNamingTheField() throws Exception {
    // when
    var response = Rest.send("POST", "/v2/process-instances",
        "{\"processDefinitionId\":\"x\",\"runtimeInstructions\":[{\"type\":\"EXPLODE\"}]}");

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("runtimeInstructions");
  }

  @Test
  void shouldRejectUnknownSortOrderFilterFieldAndFilterShape() throws Exception {
    // when
    var order = Rest.send("POST", "/v2/process-instances/search",
        "{\"sort\":[{\"field\":\"startDate\",\"order\":\"SIDEWAYS\"}]}");
    var field = Rest.send("POST", "/v2/process-instances/search", "{\"filter\":{\"colour\":\"red\"}}");
    var shape = Rest.send("POST", "/v2/process-instances/search", "{\"filter\":[]}");
    var operator = Rest.send("POST", "/v2/process-instances/search",
        "{\"filter\":{\"processDefinitionId\":{\"$near\":\"x\"}}}");

    // then
    assertThat(problem(order, 400).path("detail").asText()).contains("sort[0].order").contains("SIDEWAYS");
    assertThat(problem(field, 400).path("detail").asText()).contains("'colour'");
    assertThat(problem(shape, 400).path("detail").asText()).contains("'filter'");
    assertThat(problem(operator, 400).path("detail").asText()).contains("$near");
  }

  @Test
  void shouldRejectKeyThatIsNotANumber() throws Exception {
    // when
    var response = Rest.send("GET", "/v2/process-instances/abc", null);

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("processInstanceKey").contains("abc");
  }

  @Test
  void shouldAnswerNotFoundForUnknownKeyAndUnknownPath() throws Exception {
    // when
    var unknownKey = Rest.send("GET", "/v2/process-instances/1", null);
    var unknownPath = Rest.send("GET", "/v2/no-such-thing", null);

    // then
    assertThat(problem(unknownKey, 404).path("title").asText()).isEqualTo("NOT_FOUND");
    assertThat(problem(unknownPath, 404).path("detail").asText()).contains("/v2/no-such-thing");
  }

  @Test
  void shouldRejectOversizedVariablesWithoutCreatingAnything() throws Exception {
    // given
    String processId = deployedProcess();
    String big = "x".repeat(5 * 1024 * 1024);

    // when
    var response = Rest.send("POST", "/v2/process-instances",
        "{\"processDefinitionId\":\"" + processId + "\",\"variables\":{\"big\":\"" + big + "\"}}");

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("bytes");
    assertThat(instancesOf(processId)).isZero();
  }

  @Test
  void shouldRejectDeploymentWithoutResources() throws Exception {
    // when
    var response = Rest.send("POST", "/v2/deployments", "{}");

    // then
    assertThat(problem(response, 400).path("detail").asText()).contains("multipart");
  }
}
