package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionTypeEnum;
import io.camunda.client.protocol.rest.DecisionEvaluationInstruction;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceResult;
import io.camunda.client.protocol.rest.DecisionInstanceStateEnum;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.EvaluatedDecisionResult;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;
import nl.stedendriehoek.kringloop.engine.decision.StandaloneEvaluation;
import nl.stedendriehoek.kringloop.engine.query.DecisionDefinitionView;
import nl.stedendriehoek.kringloop.engine.query.DecisionInstanceView;
import nl.stedendriehoek.kringloop.engine.query.DecisionRequirementsView;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions: evaluation of a deployed decision (by id or key), and decision definitions,
 * decision requirements and decision instances (search, get, XML). A failed evaluation is a 200
 * with {@code failureMessage}, as in Camunda 8; an unknown decision a 404.
 */
@RestController
@RequestMapping("/v2")
class DecisionController {

  private final DecisionEvaluations evaluations;
  private final EngineSearches searches;
  private final JsonBodies bodies;

  DecisionController(DecisionEvaluations evaluations, EngineSearches searches, JsonBodies bodies) {
    this.evaluations = evaluations;
    this.searches = searches;
    this.bodies = bodies;
  }

  @PostMapping("/decision-definitions/evaluation")
  EvaluateDecisionResult evaluate(@RequestBody(required = false) byte[] body) {
    DecisionEvaluationInstruction request = bodies.read(body, DecisionEvaluationInstruction.class);
    Tenants.check(request.getTenantId());
    StandaloneEvaluation evaluation = evaluations.evaluate(request.getDecisionDefinitionId(),
        Keys.parseOptional("decisionDefinitionKey", request.getDecisionDefinitionKey()), request.getVariables());
    var decision = evaluation.decision();
    EvaluateDecisionResult result = new EvaluateDecisionResult()
        .decisionDefinitionId(decision.decisionId())
        .decisionDefinitionName(decision.name())
        .decisionDefinitionVersion(decision.version())
        .decisionDefinitionKey(Keys.format(decision.key()))
        .decisionRequirementsId(decision.decisionRequirementsId())
        .decisionRequirementsKey(Keys.format(decision.decisionRequirementsKey()))
        .decisionInstanceKey(Keys.format(evaluation.evaluationKey()))
        .decisionEvaluationKey(Keys.format(evaluation.evaluationKey()))
        .output(evaluation.output())
        .tenantId(Tenants.DEFAULT)
        .evaluatedDecisions(List.of(new EvaluatedDecisionResult()
            .decisionDefinitionId(decision.decisionId())
            .decisionDefinitionName(decision.name())
            .decisionDefinitionVersion(decision.version())
            .decisionDefinitionKey(Keys.format(decision.key()))
            .decisionEvaluationInstanceKey(evaluation.evaluationKey() + "-1")
            .output(evaluation.output())
            .matchedRules(List.of())
            .evaluatedInputs(List.of())
            .tenantId(Tenants.DEFAULT)));
    if (evaluation.failed()) {
      result.failedDecisionDefinitionId(decision.decisionId()).failureMessage(evaluation.failure());
    }
    return result;
  }

  @PostMapping("/decision-definitions/search")
  ResponseEntity<byte[]> searchDefinitions(@RequestBody(required = false) byte[] body) {
    return SearchResponses.of(bodies.mapper(),
        searches.decisionDefinitions(SearchQuery.parse(bodies.tree(body)).toSearch()), DecisionController::definition);
  }

  @GetMapping("/decision-definitions/{key}")
  DecisionDefinitionResult definition(@PathVariable String key) {
    return definition(definitionView(Keys.parse("decisionDefinitionKey", key)));
  }

  @GetMapping("/decision-definitions/{key}/xml")
  ResponseEntity<String> definitionXml(@PathVariable String key) {
    return xml(definitionView(Keys.parse("decisionDefinitionKey", key)).decisionRequirementsKey());
  }

  @PostMapping("/decision-requirements/search")
  ResponseEntity<byte[]> searchRequirements(@RequestBody(required = false) byte[] body) {
    return SearchResponses.of(bodies.mapper(),
        searches.decisionRequirements(SearchQuery.parse(bodies.tree(body)).toSearch()), DecisionController::requirements);
  }

  @GetMapping("/decision-requirements/{key}")
  DecisionRequirementsResult requirements(@PathVariable String key) {
    long requirementsKey = Keys.parse("decisionRequirementsKey", key);
    return searches.decisionRequirements(SearchQuery.byKey("decisionRequirementsKey", requirementsKey)).items()
        .stream().findFirst().map(DecisionController::requirements)
        .orElseThrow(() -> new NotFoundException("Expected to find decision requirements with key " + requirementsKey
            + ", but none was found"));
  }

  @GetMapping("/decision-requirements/{key}/xml")
  ResponseEntity<String> requirementsXml(@PathVariable String key) {
    return xml(Keys.parse("decisionRequirementsKey", key));
  }

  @PostMapping("/decision-instances/search")
  ResponseEntity<byte[]> searchInstances(@RequestBody(required = false) byte[] body) {
    return SearchResponses.of(bodies.mapper(),
        searches.decisionInstances(SearchQuery.parse(bodies.tree(body)).toSearch()), DecisionController::instance);
  }

  /** By {@code <evaluation key>-1}, the id searches return, or by the evaluation key alone. */
  @GetMapping("/decision-instances/{id}")
  DecisionInstanceGetQueryResult instance(@PathVariable String id) {
    String evaluationKey = id.endsWith("-1") ? id.substring(0, id.length() - 2) : id;
    long key = Keys.parse("decisionEvaluationInstanceKey", evaluationKey);
    DecisionInstanceView view = searches.decisionInstances(SearchQuery.byKey("decisionEvaluationKey", key)).items()
        .stream().findFirst().orElseThrow(() -> new NotFoundException("Expected to find decision instance with id "
            + id + ", but none was found"));
    DecisionInstanceResult found = instance(view);
    return new DecisionInstanceGetQueryResult()
        .decisionEvaluationInstanceKey(found.getDecisionEvaluationInstanceKey())
        .decisionEvaluationKey(found.getDecisionEvaluationKey())
        .state(found.getState())
        .evaluationDate(found.getEvaluationDate())
        .evaluationFailure(found.getEvaluationFailure())
        .decisionDefinitionKey(found.getDecisionDefinitionKey())
        .decisionDefinitionId(found.getDecisionDefinitionId())
        .decisionDefinitionName(found.getDecisionDefinitionName())
        .decisionDefinitionVersion(found.getDecisionDefinitionVersion())
        .decisionDefinitionType(found.getDecisionDefinitionType())
        .result(found.getResult())
        .processDefinitionKey(found.getProcessDefinitionKey())
        .processInstanceKey(found.getProcessInstanceKey())
        .elementInstanceKey(found.getElementInstanceKey())
        .tenantId(Tenants.DEFAULT)
        .evaluatedInputs(List.of())
        .matchedRules(List.of());
  }

  private DecisionDefinitionView definitionView(long key) {
    return searches.decisionDefinitions(SearchQuery.byKey("decisionDefinitionKey", key)).items().stream().findFirst()
        .orElseThrow(() -> new NotFoundException("Expected to find decision definition with key " + key
            + ", but none was found"));
  }

  /** Always {@code text/xml}, like process definition XML: the client reads text types as text. */
  private ResponseEntity<String> xml(long requirementsKey) {
    return searches.decisionRequirementsXml(requirementsKey)
        .map(xml -> ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(xml))
        .orElseThrow(() -> new NotFoundException("Expected to find decision requirements with key " + requirementsKey
            + ", but none was found"));
  }

  private static DecisionDefinitionResult definition(DecisionDefinitionView d) {
    return new DecisionDefinitionResult()
        .decisionDefinitionKey(Keys.format(d.decisionDefinitionKey()))
        .decisionDefinitionId(d.decisionDefinitionId())
        .name(d.name())
        .version(d.version())
        .decisionRequirementsKey(Keys.format(d.decisionRequirementsKey()))
        .decisionRequirementsId(d.decisionRequirementsId())
        .tenantId(Tenants.DEFAULT);
  }

  private static DecisionRequirementsResult requirements(DecisionRequirementsView r) {
    return new DecisionRequirementsResult()
        .decisionRequirementsKey(Keys.format(r.decisionRequirementsKey()))
        .decisionRequirementsId(r.decisionRequirementsId())
        .decisionRequirementsName(r.decisionRequirementsId())
        .version(r.version())
        .resourceName(r.resourceName())
        .tenantId(Tenants.DEFAULT);
  }

  private static DecisionInstanceResult instance(DecisionInstanceView i) {
    return new DecisionInstanceResult()
        .decisionEvaluationInstanceKey(i.id())
        .decisionEvaluationKey(Keys.format(i.evaluationKey()))
        .state(i.failed() ? DecisionInstanceStateEnum.FAILED : DecisionInstanceStateEnum.EVALUATED)
        .evaluationDate(RestViews.date(i.evaluationDate()))
        .evaluationFailure(i.failure())
        .decisionDefinitionKey(Keys.format(i.decisionDefinitionKey()))
        .decisionDefinitionId(i.decisionDefinitionId())
        .decisionDefinitionName(i.decisionDefinitionName())
        .decisionDefinitionVersion(i.decisionDefinitionVersion())
        .decisionDefinitionType(DecisionDefinitionTypeEnum.UNSPECIFIED)
        .result(i.output())
        .processDefinitionKey(Keys.format(i.processDefinitionKey()))
        .processInstanceKey(Keys.format(i.processInstanceKey()))
        .elementInstanceKey(Keys.format(i.elementInstanceKey()))
        .tenantId(Tenants.DEFAULT);
  }
}
