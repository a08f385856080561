package nl.stedendriehoek.kringloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.nio.file.Path;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale-out path: with profile camunda8 the app runs no engine of its own. */
class Camunda8ProfileTest {

  @TempDir Path dataDirectory;

  @Test
  void camunda8ProfileStartsWithoutEmbeddedEngineAndPointsTheClientAtTheCluster() {
    // given
    try (KringloopInstance kringloop =
        KringloopInstance.start(
            Map.of(
                "spring.profiles.active", "camunda8",
                "kringloop.data-dir", dataDirectory.toString(),
                "camunda.client.rest-address", "http://camunda.example.invalid:8088",
                "kringloop.models.deploy", "false"))) {
      // then
      assertThat(kringloop.context().containsBean("engineService")).isFalse();
      assertThat(kringloop.context().getBean(CamundaClient.class).getConfiguration().getRestAddress())
          .hasToString("http://camunda.example.invalid:8088");
      Integer topologyStatus =
          kringloop.http().get().uri("/v2/topology").exchange((request, response) -> response.getStatusCode().value());
      assertThat(topologyStatus)
          .as("no gateway in this process")
          .isIn(401, 403, 404);
    }
  }
}
