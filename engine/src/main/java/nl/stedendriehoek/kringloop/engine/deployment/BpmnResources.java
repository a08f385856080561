package nl.stedendriehoek.kringloop.engine.deployment;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.model.DeploymentRejectedException;
import nl.stedendriehoek.kringloop.engine.model.ExecutableProcess;
import nl.stedendriehoek.kringloop.engine.model.ProcessTransformer;
import nl.stedendriehoek.kringloop.engine.model.SafeXml;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;

/**
 * Reads a BPMN resource safely and turns it into executable graphs: DTD pre-screen, parse,
 * Camunda's design-time validators, then our own checks in the transformer.
 */
public final class BpmnResources {

  private final ProcessTransformer transformer;

  public BpmnResources(ProcessTransformer transformer) {
    this.transformer = transformer;
  }

  public List<ExecutableProcess> read(String resourceName, byte[] content) {
    Optional<String> refusal = SafeXml.refusal(content);
    if (refusal.isPresent()) {
      throw rejected(resourceName, refusal.get());
    }
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      throw rejected(resourceName, "not a readable BPMN document: " + rootMessage(e));
    }
    ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    if (results.hasErrors()) {
      List<String> problems = new ArrayList<>();
      results.getResults().forEach((element, list) -> {
        for (ValidationResult result : list) {
          if (result.getType() == ValidationResultType.ERROR) {
            String id = element instanceof BaseElement base ? base.getId() : null;
            problems.add("'" + resourceName + "'" + (id == null ? "" : ", element '" + id + "'")
                + ": " + result.getMessage());
          }
        }
      });
      throw new DeploymentRejectedException(problems);
    }
    return transformer.transform(resourceName, model);
  }

  static DeploymentRejectedException rejected(String resourceName, String rule) {
    return new DeploymentRejectedException(List.of("'" + resourceName + "': " + rule));
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
