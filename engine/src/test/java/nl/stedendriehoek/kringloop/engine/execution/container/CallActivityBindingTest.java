package nl.stedendriehoek.kringloop.engine.execution.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import org.junit.jupiter.api.Test;

/** Which version of the called process a call activity starts ({@code zeebe:calledElement bindingType}). */
class CallActivityBindingTest extends EngineTest {

  private static BpmnModelInstance child(String jobType, String versionTag) {
    var process = Bpmn.createExecutableProcess("child");
    if (versionTag != null) {
      process.versionTag(versionTag);
    }
    return process.startEvent().serviceTask("work", t -> t.zeebeJobType(jobType)).endEvent().done();
  }

  private static BpmnModelInstance parent(ZeebeBindingType binding, String versionTag) {
    return Bpmn.createExecutableProcess("parent").startEvent()
        .callActivity("call", c -> {
          c.zeebeProcessId("child").zeebeBindingType(binding);
          if (versionTag != null) {
            c.zeebeVersionTag(versionTag);
          }
        })
        .endEvent().done();
  }

  private static void deployTogether(BpmnModelInstance... models) {
    List<Resource> resources = new java.util.ArrayList<>();
    for (int i = 0; i < models.length; i++) {
      resources.add(new Resource("process-" + i + ".bpmn",
          Bpmn.convertToString(models[i]).getBytes(StandardCharsets.UTF_8)));
    }
    service.deploy(resources);
  }

  @Test
  void bindingDeploymentStartsTheVersionDeployedTogetherWithTheCaller() {
    // given
    deployTogether(parent(ZeebeBindingType.deployment, null), child("first", null));
    deploy(child("second", null));

    // when
    start("parent");

    // then
    ActivatedJob job = activateOne("first");
    assertThat(job.processDefinitionVersion()).isEqualTo(1);
    assertThat(activate("second", 10)).isEmpty();
  }

  @Test
  void bindingDeploymentWithoutTheChildInTheSameDeploymentIsAnIncidentNamingTheProcessId() {
    // given
    deploy(child("work", null));
    deploy(parent(ZeebeBindingType.deployment, null));

    // when
    long instance = start("parent");

    // then
    assertThat(activeIncidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType()).isEqualTo("CALLED_ELEMENT_ERROR");
      assertThat(incident.elementId()).isEqualTo("call");
      assertThat(incident.errorMessage()).contains("'child'", "same deployment", "bindingType 'deployment'");
    });
  }

  @Test
  void bindingVersionTagStartsTheLatestVersionWithThatTag() {
    // given
    deploy(child("tagged", "v1"));
    deploy(child("untagged", null));
    deploy(parent(ZeebeBindingType.versionTag, "v1"));

    // when
    start("parent");

    // then
    assertThat(activateOne("tagged").processDefinitionVersion()).isEqualTo(1);
  }

  @Test
  void unknownVersionTagIsAnIncidentThatResolvesOnceItIsDeployed() {
    // given
    deploy(child("work", "v1"));
    deploy(parent(ZeebeBindingType.versionTag, "v2"));
    long instance = start("parent");
    var incident = activeIncidents(instance).get(0);
    assertThat(incident.errorMessage()).contains("'child'", "version tag 'v2'", "not found");

    // when
    deploy(child("work2", "v2"));
    service.resolveIncident(incident.incidentKey());

    // then
    assertThat(activeIncidents(instance)).isEmpty();
    assertThat(activateOne("work2").bpmnProcessId()).isEqualTo("child");
  }

  @Test
  void bindingVersionTagWithoutATagIsRefusedAtDeployment() {
    // given
    BpmnModelInstance model = parent(ZeebeBindingType.versionTag, null);

    // when / then
    assertThatThrownBy(() -> deploy(model)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'versionTag' must be present and not empty if 'bindingType' is 'versionTag'");
  }

  @Test
  void bindingLatestIsTheDefault() {
    // given
    deploy(child("first", null));
    deploy(child("second", null));
    deploy(parent(ZeebeBindingType.latest, null));

    // when
    start("parent", Map.of());

    // then
    assertThat(activateOne("second").processDefinitionVersion()).isEqualTo(2);
  }
}
