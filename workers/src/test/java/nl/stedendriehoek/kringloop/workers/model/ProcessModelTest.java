package nl.stedendriehoek.kringloop.workers.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The BPMN models in {@code processes/} as Camunda 8.8 would deploy them, plus our own modelling
 * rules: Dutch names, forms that exist, a worker for every job type, a shape for every element.
 */
class ProcessModelTest {

  private static final Pattern ENGLISH =
      Pattern.compile("\\b(the|and|for|to|task|gateway|event|approve|review|send|check)\\b");

  private static final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();

  @BeforeAll
  static void readModels() {
    for (Path file : ModelFiles.files("processes", ".bpmn")) {
      models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
    }
  }

  @Test
  void shouldFindTheYearAndThemeScanProcesses() {
    // when
    Set<String> processIds =
        models.values().stream()
            .flatMap(model -> model.getModelElementsByType(Process.class).stream())
            .map(Process::getId)
            .collect(Collectors.toSet());

    // then
    assertThat(processIds).contains("kwartiermaker-jaar", "thema-scan");
  }

  @Test
  void shouldPassCamundaDesignTimeValidation() {
    models.forEach(
        (file, model) -> {
          // when
          ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);

          // then
          List<String> problems = new ArrayList<>();
          results
              .getResults()
              .forEach(
                  (element, list) ->
                      list.forEach(
                          result ->
                              problems.add(
                                  file
                                      + " "
                                      + ((BaseElement) element).getId()
                                      + ": "
                                      + result.getMessage())));
          assertThat(problems).as(file).isEmpty();
        });
  }

  @Test
  void shouldTargetCamunda88InTheModeler() throws IOException {
    for (Path file : ModelFiles.files("processes", ".bpmn")) {
      // when
      String xml = Files.readString(file);

      // then
      assertThat(xml)
          .as(file.getFileName().toString())
          .contains("modeler:executionPlatform=\"Camunda Cloud\"")
          .contains("modeler:executionPlatformVersion=\"8.8.0\"");
    }
  }

  @Test
  void shouldNameEveryElementInDutch() {
    List<String> problems = new ArrayList<>();
    models.forEach(
        (file, model) -> {
          // given
          List<BaseElement> named = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
          named.addAll(model.getModelElementsByType(Process.class));
          model.getModelElementsByType(Gateway.class).stream()
              .filter(gateway -> gateway.getOutgoing().size() > 1)
              .forEach(gateway -> named.addAll(gateway.getOutgoing()));

          // when
          for (BaseElement element : named) {
            String name = element.getAttributeValue("name");
            if (name == null || name.isBlank()) {
              problems.add(file + " " + element.getId() + " has no name");
            } else if (ENGLISH.matcher(name.toLowerCase(Locale.ROOT)).find()) {
              problems.add(file + " " + element.getId() + " looks English: " + name);
            }
          }
        });

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldLinkEveryUserTaskAndStartFormToAFormInFormsFolder() throws IOException {
    // given
    Set<String> formIds = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : ModelFiles.files("forms", ".form")) {
      JsonNode schema = json.readTree(form.toFile());
      formIds.add(schema.path("id").asText());
    }

    // when
    List<String> problems = new ArrayList<>();
    models.forEach(
        (file, model) -> {
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getSingleExtensionElement(ZeebeUserTask.class) == null) {
              problems.add(file + " " + task.getId() + " is not a Camunda user task");
            }
            checkForm(file, task, formIds, problems);
          }
          model.getModelElementsByType(StartEvent.class).stream()
              .filter(start -> start.getSingleExtensionElement(ZeebeFormDefinition.class) != null)
              .forEach(start -> checkForm(file, start, formIds, problems));
        });

    // then
    assertThat(problems).isEmpty();
  }

  private static void checkForm(
      String file, FlowNode node, Set<String> formIds, List<String> problems) {
    ZeebeFormDefinition form = node.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form == null || form.getFormId() == null) {
      problems.add(file + " " + node.getId() + " has no linked form (formId)");
    } else if (!formIds.contains(form.getFormId())) {
      problems.add(
          file + " " + node.getId() + " links form '" + form.getFormId() + "', not in forms/");
    }
  }

  @Test
  void shouldHaveAJobWorkerForEveryJobType() {
    // given
    Set<String> handled = jobWorkerTypes();

    // when
    Set<String> used = new HashSet<>();
    models
        .values()
        .forEach(
            model ->
                model
                    .getModelElementsByType(ZeebeTaskDefinition.class)
                    .forEach(task -> used.add(task.getType())));

    // then
    assertThat(used).isNotEmpty().allMatch(type -> type.matches("kringloop(-[a-z0-9]+)+"));
    assertThat(handled).containsAll(used);
  }

  @Test
  void shouldCallOnlyProcessesAndDecisionsThatExist() throws IOException {
    // given
    Set<String> processIds = new HashSet<>();
    models
        .values()
        .forEach(
            model ->
                model
                    .getModelElementsByType(Process.class)
                    .forEach(process -> processIds.add(process.getId())));
    Set<String> decisionIds = new HashSet<>();
    Pattern decision = Pattern.compile("<decision id=\"([^\"]+)\"");
    for (Path dmn : ModelFiles.files("processes", ".dmn")) {
      Matcher matcher = decision.matcher(Files.readString(dmn));
      while (matcher.find()) {
        decisionIds.add(matcher.group(1));
      }
    }

    // when
    Set<String> called = new HashSet<>();
    Set<String> decided = new HashSet<>();
    models
        .values()
        .forEach(
            model -> {
              model
                  .getModelElementsByType(CallActivity.class)
                  .forEach(
                      call ->
                          called.add(
                              call.getSingleExtensionElement(ZeebeCalledElement.class)
                                  .getProcessId()));
              model
                  .getModelElementsByType(ZeebeCalledDecision.class)
                  .forEach(d -> decided.add(d.getDecisionId()));
            });

    // then
    assertThat(called).contains("thema-scan");
    assertThat(processIds).containsAll(called);
    assertThat(decided).contains("thema-classificatie");
    assertThat(decisionIds).containsAll(decided);
  }

  @Test
  void shouldDrawEveryElementInTheDiagram() {
    List<String> problems = new ArrayList<>();
    models.forEach(
        (file, model) -> {
          // given
          Set<String> shapes = new HashSet<>();
          model
              .getModelElementsByType(BpmnShape.class)
              .forEach(shape -> shapes.add(shape.getBpmnElement().getId()));
          Set<String> edges = new HashSet<>();
          model
              .getModelElementsByType(BpmnEdge.class)
              .forEach(edge -> edges.add(edge.getBpmnElement().getId()));

          // when
          model.getModelElementsByType(FlowNode.class).stream()
              .filter(node -> !shapes.contains(node.getId()))
              .forEach(node -> problems.add(file + " " + node.getId() + " has no shape"));
          model.getModelElementsByType(SequenceFlow.class).stream()
              .filter(flow -> !edges.contains(flow.getId()))
              .forEach(flow -> problems.add(file + " " + flow.getId() + " has no edge"));
        });

    // then
    assertThat(problems).isEmpty();
  }

  static Set<String> jobWorkerTypes() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Set<String> types = new HashSet<>();
    for (BeanDefinition bean :
        scanner.findCandidateComponents("nl.stedendriehoek.kringloop.workers")) {
      try {
        for (Method method : Class.forName(bean.getBeanClassName()).getDeclaredMethods()) {
          JobWorker worker = method.getAnnotation(JobWorker.class);
          if (worker != null) {
            types.add(worker.type());
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return types;
  }
}
