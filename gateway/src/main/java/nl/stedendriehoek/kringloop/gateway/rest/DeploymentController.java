package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.DeploymentFormResult;
import io.camunda.client.protocol.rest.DeploymentMetadataResult;
import io.camunda.client.protocol.rest.DeploymentProcessResult;
import io.camunda.client.protocol.rest.DeploymentResult;
import io.camunda.client.protocol.rest.DeploymentDecisionRequirementsResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /v2/deployments} (multipart, one {@code resources} part per file). */
@RestController
@RequestMapping("/v2")
class DeploymentController {

  private final EngineService engine;

  DeploymentController(EngineService engine) {
    this.engine = engine;
  }

  @PostMapping("/deployments")
  DeploymentResult deploy(
      @RequestPart(name = "resources", required = false) List<MultipartFile> files,
      @RequestParam(name = "tenantId", required = false) String tenantId) throws IOException {
    Tenants.check(tenantId);
    if (files == null || files.isEmpty()) {
      throw new InvalidRequestException("Expected a multipart/form-data request with at least one 'resources' part to deploy, but got none");
    }
    List<Resource> resources = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() != null ? file.getOriginalFilename() : file.getName();
      resources.add(new Resource(name, file.getBytes()));
    }
    return result(engine.deploy(resources));
  }

  static DeploymentResult result(nl.stedendriehoek.kringloop.engine.api.DeploymentResult deployed) {
    List<DeploymentMetadataResult> items = new ArrayList<>();
    deployed.processes().forEach(p -> items.add(new DeploymentMetadataResult().processDefinition(
        new DeploymentProcessResult()
            .processDefinitionId(p.bpmnProcessId())
            .processDefinitionVersion(p.version())
            .processDefinitionKey(Keys.format(p.processDefinitionKey()))
            .resourceName(p.resourceName())
            .tenantId(Tenants.DEFAULT))));
    deployed.decisionRequirements().forEach(d -> items.add(new DeploymentMetadataResult().decisionRequirements(
        new DeploymentDecisionRequirementsResult()
            .decisionRequirementsId(d.dmnDecisionRequirementsId())
            .version(d.version())
            .decisionRequirementsKey(Keys.format(d.decisionRequirementsKey()))
            .resourceName(d.resourceName())
            .tenantId(Tenants.DEFAULT))));
    deployed.forms().forEach(f -> items.add(new DeploymentMetadataResult().form(
        new DeploymentFormResult()
            .formId(f.formId())
            .version(f.version())
            .formKey(Keys.format(f.formKey()))
            .resourceName(f.resourceName())
            .tenantId(Tenants.DEFAULT))));
    return new DeploymentResult()
        .deploymentKey(Keys.format(deployed.deploymentKey()))
        .tenantId(Tenants.DEFAULT)
        .deployments(items);
  }
}
