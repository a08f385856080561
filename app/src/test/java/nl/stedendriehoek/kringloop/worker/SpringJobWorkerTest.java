package nl.stedendriehoek.kringloop.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.KringloopApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A {@code @JobWorker} bean of the Spring SDK, written as the workers module writes them, fed by
 * the embedded engine through the app's own Camunda client (REST long polling, the default):
 * the handler runs and the SDK's auto-completion carries its result into the process.
 */
class SpringJobWorkerTest {

  static final List<String> greeted = new CopyOnWriteArrayList<>();

  @TempDir Path dataDirectory;

  @TestConfiguration
  static class GreetingWorker {
    @Bean
    Greeter greeter() {
      return new Greeter();
    }
  }

  public static class Greeter {
    @JobWorker(type = "kringloop-test-groeten")
    public Map<String, Object> greet(@Variable String naam) {
      greeted.add(naam);
      return Map.of("groet", "Hallo " + naam);
    }
  }

  @Test
  void jobWorkerBeanCompletesTheJobsOfItsType() {
    // given
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(KringloopApplication.class, GreetingWorker.class)
            .run(
                "--server.port=0",
                "--kringloop.gateway.grpc.port=0",
                "--kringloop.models.deploy=false",
                "--kringloop.data-dir=" + dataDirectory)) {
      CamundaClient client = app.getBean(CamundaClient.class);
      client.newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess("groeten").startEvent().serviceTask("groet", t -> t.zeebeJobType("kringloop-test-groeten"))
                  .endEvent().done(), "groeten.bpmn")
          .send().join();

      // when
      long key = client.newCreateInstanceCommand().bpmnProcessId("groeten").latestVersion()
          .variables(Map.of("naam", "Deventer")).send().join().getProcessInstanceKey();

      // then
      await().atMost(Duration.ofSeconds(60)).until(() -> greeted.contains("Deventer"));
      await().atMost(Duration.ofSeconds(30)).until(() ->
          client.newProcessInstanceGetRequest(key).send().join().getState().name().equals("COMPLETED"));
      assertThat(
              client.newVariableSearchRequest()
                  .filter(f -> f.processInstanceKey(key).name("groet"))
                  .send()
                  .join()
                  .items())
          .singleElement()
          .satisfies(variable -> assertThat(variable.getValue()).isEqualTo("\"Hallo Deventer\""));
    }
  }
}
