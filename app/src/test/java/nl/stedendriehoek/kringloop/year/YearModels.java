package nl.stedendriehoek.kringloop.year;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models the app ships ({@code processes/*.bpmn}, {@code processes/*.dmn}, {@code forms/*.form}),
 * deployed unchanged in one deployment, as an operator's Modeler or the app's start-up would.
 */
final class YearModels {

  private YearModels() {}

  static void deploy(CamundaClient client) {
    DeployResourceCommandStep2 command = null;
    for (Resource resource : resources()) {
      try (InputStream content = resource.getInputStream()) {
        byte[] bytes = content.readAllBytes();
        command = command == null
            ? client.newDeployResourceCommand().addResourceBytes(bytes, resource.getFilename())
            : command.addResourceBytes(bytes, resource.getFilename());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // Eleven resources at once on a busy machine can take longer than the client's 10 s default.
    command.requestTimeout(Duration.ofSeconds(60)).send().join();
  }

  private static List<Resource> resources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Resource> all = new ArrayList<>();
    for (String pattern : List.of("classpath*:/forms/*.form", "classpath*:/processes/*.dmn",
        "classpath*:/processes/*.bpmn")) {
      try {
        all.addAll(Arrays.stream(resolver.getResources(pattern))
            .sorted(Comparator.comparing(Resource::getFilename)).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }
}
