package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import nl.stedendriehoek.kringloop.gateway.support.Clock;
import nl.stedendriehoek.kringloop.gateway.support.Processes;
import nl.stedendriehoek.kringloop.gateway.support.Rest;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoints Camunda Process Test's remote runtime calls, on with kringloop.gateway.test-endpoints=true. */
class ManagementEndpointsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  private static Instant now() throws Exception {
    JsonNode clock = JSON.readTree(Clock.get().body());
    Instant instant = Instant.parse(clock.path("instant").asText());
    assertThat(clock.path("epochMilli").asLong()).isEqualTo(instant.toEpochMilli());
    return instant;
  }

  @Test
  void shouldMoveEngineClockForwardAndResetIt() throws Exception {
    // given
    Instant before = now();

    // when
    var added = Clock.add(Duration.ofDays(3));
    Instant moved = now();
    var reset = Clock.reset();
    Instant afterReset = now();

    // then
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(Duration.between(before, moved)).isGreaterThanOrEqualTo(Duration.ofDays(3));
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(Duration.between(before, afterReset)).isLessThan(Duration.ofDays(1));
  }

  @Test
  void shouldPinAndResetClockThroughTheClient() throws Exception {
    // given
    Instant pinned = Instant.parse("2030-01-15T09:00:00Z");

    // when
    Transport.REST.client().newPinClockCommand().time(pinned).send().join();
    Instant whilePinned = now();
    Transport.REST.client().newResetClockCommand().send().join();

    // then
    assertThat(whilePinned).isEqualTo(pinned);
    assertThat(now()).isBefore(pinned);
  }

  @Test
  void shouldRejectClockChangeWithoutOffset() {
    // when
    var response = Rest.send("POST", "/actuator/clock/add", "{\"offset\":5}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void shouldPurgeEngineDataAndReportTheChangeInTheTopology() throws Exception {
    // given
    var client = Transport.REST.client();
    String processId = Processes.uniqueId("purged");
    Processes.deploy(client, processId, Processes.userTask(processId));
    client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join();

    // when
    var response = Rest.send("POST", "/actuator/cluster/purge", null);

    // then
    assertThat(response.statusCode()).isBetween(200, 299);
    long changeId = JSON.readTree(response.body()).path("changeId").asLong();
    assertThat(Long.parseLong(JSON.readTree(Rest.send("GET", "/v2/topology", null).body())
        .path("lastCompletedChangeId").asText())).isGreaterThanOrEqualTo(changeId);
    assertThat(client.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(processId)).send().join()
        .items()).isEmpty();
    assertThat(client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(processId)).send().join()
        .items()).isEmpty();
    assertThat(Processes.deploy(client, processId, Processes.userTask(processId)).getProcesses().get(0).getVersion())
        .isEqualTo(1);
  }
}
