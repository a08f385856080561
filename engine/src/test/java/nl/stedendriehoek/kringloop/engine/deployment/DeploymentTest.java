package nl.stedendriehoek.kringloop.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.support.EngineTest;
import nl.stedendriehoek.kringloop.engine.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class DeploymentTest extends EngineTest {

  private static BpmnModelInstance process(String id, String jobType) {
    return Bpmn.createExecutableProcess(id).startEvent().serviceTask("task", t -> t.zeebeJobType(jobType))
        .endEvent().done();
  }

  private static Resource bpmn(String name, BpmnModelInstance model) {
    return new Resource(name, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }

  private static Resource text(String name, String content) {
    return new Resource(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void firstDeploymentOfAProcessGetsVersionOne() {
    // when
    DeploymentResult result = service.deploy(List.of(bpmn("order.bpmn", process("order", "a"))));

    // then
    assertThat(result.processes()).singleElement().satisfies(p -> {
      assertThat(p.bpmnProcessId()).isEqualTo("order");
      assertThat(p.version()).isEqualTo(1);
      assertThat(p.resourceName()).isEqualTo("order.bpmn");
      assertThat(p.processDefinitionKey()).isGreaterThan(1L << 51);
    });
  }

  @Test
  void identicalResourceKeepsItsVersionAndKey() {
    // given
    Resource resource = bpmn("order.bpmn", process("order", "a"));
    DeploymentResult first = service.deploy(List.of(resource));

    // when
    DeploymentResult second = service.deploy(List.of(resource));

    // then
    assertThat(second.process("order").version()).isEqualTo(1);
    assertThat(new JdbcTemplate(TestDatabase.dataSource()).queryForList("SELECT value_type || ':' || intent FROM engine.record ORDER BY position", String.class))
        .containsExactly("DEPLOYMENT:CREATED", "PROCESS:CREATED", "DEPLOYMENT:CREATED");
    assertThat(second.process("order").processDefinitionKey())
        .isEqualTo(first.process("order").processDefinitionKey());
  }

  @Test
  void changedResourceGetsTheNextVersion() {
    // given
    service.deploy(List.of(bpmn("order.bpmn", process("order", "a"))));

    // when
    DeploymentResult second = service.deploy(List.of(bpmn("order.bpmn", process("order", "b"))));

    // then
    assertThat(second.process("order").version()).isEqualTo(2);
    assertThat(queries.processDefinitions()).hasSize(2);
  }

  @Test
  void instancesStartOnLatestOrRequestedVersionOrKey() {
    // given
    long v1 = service.deploy(List.of(bpmn("p.bpmn", process("p", "v1")))).process("p").processDefinitionKey();
    service.deploy(List.of(bpmn("p.bpmn", process("p", "v2"))));

    // when
    var latest = service.createProcessInstance(CreateProcessInstance.latest("p", Map.of()));
    var byVersion = service.createProcessInstance(new CreateProcessInstance("p", 1, null, Map.of()));
    var byKey = service.createProcessInstance(CreateProcessInstance.byKey(v1, Map.of()));

    // then
    assertThat(latest.version()).isEqualTo(2);
    assertThat(byVersion.version()).isEqualTo(1);
    assertThat(byKey.processDefinitionKey()).isEqualTo(v1);
    assertThat(activate("v1", 10)).hasSize(2);
    assertThat(activate("v2", 10)).hasSize(1);
  }

  @Test
  void formsAreVersionedByTheirIdAndDecisionsStoredByDefinitionsId() {
    // given
    String form = "{\"id\":\"intake\",\"components\":[]}";
    String changedForm = "{\"id\":\"intake\",\"components\":[{\"type\":\"textfield\",\"key\":\"name\"}]}";
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="classify" name="c"
          namespace="http://camunda.org/schema/1.0/dmn"/>""";

    // when
    DeploymentResult first = service.deploy(List.of(text("intake.form", form), text("c.dmn", dmn)));
    DeploymentResult same = service.deploy(List.of(text("intake.form", form)));
    DeploymentResult changed = service.deploy(List.of(text("intake.form", changedForm)));

    // then
    assertThat(first.forms()).singleElement().satisfies(f -> {
      assertThat(f.formId()).isEqualTo("intake");
      assertThat(f.version()).isEqualTo(1);
    });
    assertThat(first.decisionRequirements()).singleElement()
        .satisfies(d -> assertThat(d.dmnDecisionRequirementsId()).isEqualTo("classify"));
    assertThat(same.forms().get(0).formKey()).isEqualTo(first.forms().get(0).formKey());
    assertThat(changed.forms().get(0).version()).isEqualTo(2);
    assertThat(queries.form(changed.forms().get(0).formKey()).schema()).contains("textfield");
  }

  @Test
  void malformedXmlIsRejectedNamingTheResource() {
    assertThatThrownBy(() -> service.deploy(List.of(text("broken.bpmn", "<definitions><process"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'broken.bpmn'")
        .hasMessageContaining("not a readable BPMN document");
  }

  @Test
  void xmlWithExternalEntitiesIsRejectedBeforeParsing() {
    // given
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <process id="p" isExecutable="true"><documentation>&secret;</documentation>
          <startEvent id="s"/></process>
        </definitions>""";

    // when / then
    assertThatThrownBy(() -> service.deploy(List.of(text("evil.bpmn", xxe))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'evil.bpmn'")
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> service.deploy(List.of(text("evil.dmn", xxe))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("DOCTYPE");
    assertThat(queries.processDefinitions()).isEmpty();
  }

  @Test
  void entityDeclarationsAreRefusedInUtf16DocumentsToo() {
    // given
    String xxe = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY x \"y\">]><d/>";

    // when / then
    assertThatThrownBy(() -> service.deploy(List.of(
            new Resource("utf16.bpmn", xxe.getBytes(StandardCharsets.UTF_16)))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void invalidFeelIsRejectedNamingElementAndAttribute() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("feel").startEvent()
        .serviceTask("task", t -> t.zeebeJobType("x").zeebeInputExpression("a +* b", "c"))
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'task'")
        .hasMessageContaining("zeebe:input source")
        .hasMessageContaining("a +* b");
  }

  @Test
  void missingJobTypeIsRejectedByCamundasRules() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("nojob").startEvent().serviceTask("task")
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'task'")
        .hasMessageContaining("zeebe:taskDefinition");
  }

  @Test
  void duplicateElementIdsAreRejected() {
    // given
    String xml = Bpmn.convertToString(Bpmn.createExecutableProcess("dup").startEvent("a").userTask("b")
        .endEvent("c").done()).replace("id=\"c\"", "id=\"a\"");

    // when / then
    assertThatThrownBy(() -> service.deploy(List.of(text("dup.bpmn", xml))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'dup.bpmn'");
  }

  @Test
  void unsupportedElementsAreRejectedPointingAtTheCoverageTable() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("message").startEvent()
        .intermediateThrowEvent("wait").message("reply").zeebeJobType("notify")
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'wait'")
        .hasMessageContaining("intermediate throw events with a message event definition are not supported")
        .hasMessageContaining("bpmn-coverage.md");
  }

  @Test
  void unknownZeebeExtensionsAreRejectedNamingElementAndExtension() {
    // given an extension element in the zeebe namespace that does not exist (a typo)
    String xml = Bpmn.convertToString(process("ext", "x"))
        .replaceFirst("<(\\w+):taskDefinition", "<$1:taskDefiniton foo=\"bar\"/><$1:taskDefinition");

    // when / then
    assertThatThrownBy(() -> service.deploy(List.of(text("ext.bpmn", xml))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'task'")
        .hasMessageContaining("unknown Zeebe extension element 'zeebe:taskDefiniton'");
  }

  @Test
  void executionListenersAreRejectedUntilTheyAreSupported() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("listen").startEvent()
        .serviceTask("task", t -> t.zeebeJobType("x").zeebeStartExecutionListener("audit")).endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'task'")
        .hasMessageContaining("zeebe:executionListeners");
  }

  @Test
  void conditionsOnFlowsThatDoNotLeaveAGatewayAreRejected() {
    // given
    BpmnModelInstance model = Bpmn.createExecutableProcess("cond").startEvent()
        .serviceTask("task", t -> t.zeebeJobType("x")).sequenceFlowId("guarded").conditionExpression("= ok")
        .endEvent().done();

    // when / then
    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("element 'task'")
        .hasMessageContaining("Conditional sequence flows are only supported at exclusive or inclusive gateway");
  }

  @Test
  void oneBadResourceRejectsTheWholeDeployment() {
    // when
    assertThatThrownBy(() -> service.deploy(List.of(
            bpmn("good.bpmn", process("good", "x")),
            text("bad.form", "{\"components\":[]}"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'bad.form'")
        .hasMessageContaining("'id'");

    // then
    assertThat(queries.processDefinitions()).isEmpty();
  }

  @Test
  void sameProcessIdTwiceInOneDeploymentIsRejected() {
    assertThatThrownBy(() -> service.deploy(List.of(
            bpmn("a.bpmn", process("same", "x")), bpmn("b.bpmn", process("same", "y")))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("duplicate process id 'same'");
  }

  @Test
  void unknownResourceTypesAndEmptyDeploymentsAreRejected() {
    assertThatThrownBy(() -> service.deploy(List.of(text("notes.txt", "hello"))))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("'notes.txt'");
    assertThatThrownBy(() -> service.deploy(List.of()))
        .isInstanceOf(InvalidArgumentException.class);
  }
}
