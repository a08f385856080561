package nl.stedendriehoek.kringloop.workers.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bottleneck variant of {@code project-uitvoering} waiting in {@code processes/na-engine-merge/}
 * until the engine has messages and event sub-processes: it must be ready to move over the shipped
 * model, i.e. valid for Camunda 8.8, drawn, and the shipped model plus the bottleneck.
 */
class BottleneckVariantTest {

  private static final Path VARIANT = ModelFiles.folder("processes").resolve("na-engine-merge/project-uitvoering.bpmn");
  private static final Path SHIPPED = ModelFiles.folder("processes").resolve("project-uitvoering.bpmn");

  @Test
  void shouldPassCamundaDesignTimeValidationAndDrawEveryElement() {
    // given
    BpmnModelInstance model = Bpmn.readModelFromFile(VARIANT.toFile());
    List<String> problems = new ArrayList<>();

    // when
    model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().forEach((element, results) ->
        results.forEach(result -> problems.add(((BaseElement) element).getId() + ": " + result.getMessage())));
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> shapes.add(shape.getBpmnElement().getId()));
    model.getModelElementsByType(FlowNode.class).stream().filter(node -> !shapes.contains(node.getId()))
        .forEach(node -> problems.add(node.getId() + " has no shape"));

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldBeTheShippedModelPlusANonInterruptingBottleneckEventSubProcess() {
    // given
    BpmnModelInstance variant = Bpmn.readModelFromFile(VARIANT.toFile());
    BpmnModelInstance shipped = Bpmn.readModelFromFile(SHIPPED.toFile());

    // when
    Set<String> variantIds = new HashSet<>();
    variant.getModelElementsByType(FlowNode.class).forEach(node -> variantIds.add(node.getId()));
    Set<String> shippedIds = new HashSet<>();
    shipped.getModelElementsByType(FlowNode.class).forEach(node -> shippedIds.add(node.getId()));
    SubProcess bottleneck = variant.getModelElementById("knelpunt-melding");
    StartEvent start = variant.getModelElementById("knelpunt-gemeld");

    // then
    assertThat(variantIds).containsAll(shippedIds);
    assertThat(bottleneck.triggeredByEvent()).isTrue();
    assertThat(start.isInterrupting()).isFalse();
    assertThat(start.getEventDefinitions()).singleElement().isInstanceOf(MessageEventDefinition.class);
    assertThat(((MessageEventDefinition) start.getEventDefinitions().iterator().next()).getMessage().getName())
        .isEqualTo("knelpunt");
  }

  @Test
  void shouldHaveItsFormReadyAlongside() {
    // given
    BpmnModelInstance variant = Bpmn.readModelFromFile(VARIANT.toFile());

    // then
    variant.getModelElementsByType(ZeebeFormDefinition.class).forEach(form -> assertThat(
        Files.exists(ModelFiles.folder("forms").resolve(form.getFormId() + ".form"))
            || Files.exists(ModelFiles.folder("forms").resolve("na-engine-merge/" + form.getFormId() + ".form")))
        .as(form.getFormId()).isTrue());
  }
}
