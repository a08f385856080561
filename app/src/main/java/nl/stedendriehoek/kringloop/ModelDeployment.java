package nl.stedendriehoek.kringloop;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models shipped in the jar ({@code processes/*.bpmn}, {@code processes/*.dmn},
 * {@code forms/*.form}) through the Camunda client once the app is up, so the same happens
 * against the embedded engine and against a Camunda 8 cluster. Unchanged models keep their
 * version. Each process is deployed on its own: one the engine rejects is reported with the
 * engine's reason and does not keep the others from being deployed. It runs before every other
 * runner (the demo year among them), so nothing starts a process before all models are deployed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "kringloop.models.deploy", havingValue = "true", matchIfMissing = true)
class ModelDeployment implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final CamundaClient client;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelDeployment(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void run(ApplicationArguments args) {
    deployTogether("forms", resources("classpath*:/forms/*.form"));
    deployTogether("decisions", resources("classpath*:/processes/*.dmn"));
    for (Resource process : resources("classpath*:/processes/*.bpmn")) {
      deployTogether("process " + process.getFilename(), List.of(process));
    }
  }

  private void deployTogether(String what, List<Resource> resources) {
    if (resources.isEmpty()) {
      return;
    }
    try {
      DeployResourceCommandStep2 command = null;
      for (Resource resource : resources) {
        try (InputStream content = resource.getInputStream()) {
          command = command == null
              ? client.newDeployResourceCommand().addResourceBytes(content.readAllBytes(), resource.getFilename())
              : command.addResourceBytes(content.readAllBytes(), resource.getFilename());
        }
      }
      DeploymentEvent deployed = command.send().join();
      log.info("Deployed {}: {} processes, {} decision models, {} forms (deployment {})", what,
          deployed.getProcesses().size(), deployed.getDecisionRequirements().size(), deployed.getForm().size(),
          deployed.getKey());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + what + " from the jar", e);
    } catch (RuntimeException e) {
      log.error("The engine rejected {}: {}", what, e.getMessage());
    }
  }

  private List<Resource> resources(String pattern) {
    try {
      return Arrays.stream(resolver.getResources(pattern))
          .sorted(Comparator.comparing(Resource::getFilename))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }
}
