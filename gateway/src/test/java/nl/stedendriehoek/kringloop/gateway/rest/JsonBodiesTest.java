package nl.stedendriehoek.kringloop.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.protocol.rest.JobUpdateRequest;
import io.camunda.client.protocol.rest.Partition;
import io.camunda.client.protocol.rest.UserTaskUpdateRequest;
import java.nio.charset.StandardCharsets;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  private final JsonBodies bodies = new JsonBodies();

  @Test
  void shouldRejectUnknownEnumValueNamingFieldAndAllowedValues() {
    // when
    Throwable thrown = catchThrowable(() -> bodies.read(bytes("{\"role\":\"BOSS\"}"), Partition.class));

    // then
    assertThat(thrown).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'role'").hasMessageContaining("BOSS").hasMessageContaining("leader")
        .hasMessageNotContaining("UNKNOWN_DEFAULT_OPEN_API");
  }

  @Test
  void shouldAcceptKnownEnumValue() {
    // when
    Partition partition = bodies.read(bytes("{\"role\":\"follower\"}"), Partition.class);

    // then
    assertThat(partition.getRole()).isEqualTo(Partition.RoleEnum.FOLLOWER);
  }

  @Test
  void shouldNameNestedFieldOfWrongType() {
    // when
    Throwable thrown = catchThrowable(() ->
        bodies.read(bytes("{\"changeset\":{\"retries\":\"high\"}}"), JobUpdateRequest.class));

    // then
    assertThat(thrown).isInstanceOf(InvalidRequestException.class).hasMessageContaining("'changeset.retries'");
  }

  @Test
  void shouldReadEmptyBodyAsEmptyRequest() {
    // when
    UserTaskUpdateRequest request = bodies.read(new byte[0], UserTaskUpdateRequest.class);

    // then
    assertThat(request.getChangeset()).isNull();
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
