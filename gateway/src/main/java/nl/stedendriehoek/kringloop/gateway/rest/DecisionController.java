package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionEvaluationInstruction;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.EvaluatedDecisionResult;
import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;
import nl.stedendriehoek.kringloop.engine.decision.EvaluatedDecision;
import nl.stedendriehoek.kringloop.engine.decision.StandaloneEvaluation;
import nl.stedendriehoek.kringloop.engine.query.DecisionDefinitionView;
import nl.stedendriehoek.kringloop.engine.query.DecisionRequirementsView;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
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
 * decision requirements (search, get, XML); decision instances are
 * {@link DecisionInstanceController}'s. A failed evaluation is a 200
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
        .evaluatedDecisions(evaluatedDecisions(evaluation));
    if (evaluation.failed()) {
      result.failedDecisionDefinitionId(decision.decisionId()).failureMessage(evaluation.failure());
    }
    return result;
  }

  /**
   * The decisions evaluated, in order, each with its instance id; the called decision is added at
   * its position when it failed before dmn-scala recorded it.
   */
  private static List<EvaluatedDecisionResult> evaluatedDecisions(StandaloneEvaluation evaluation) {
    List<EvaluatedDecisionResult> results = new ArrayList<>();
    List<EvaluatedDecision> evaluated = evaluation.evaluatedDecisions();
    for (int i = 0; i < evaluated.size(); i++) {
      results.add(RestDecisionAudit.decision(evaluated.get(i), evaluation.instanceId(i + 1)));
    }
    var decision = evaluation.decision();
    if (evaluated.stream().noneMatch(d -> d.decisionId().equals(decision.decisionId()))) {
      results.add(new EvaluatedDecisionResult()
          .decisionDefinitionId(decision.decisionId())
          .decisionDefinitionName(decision.name())
          .decisionDefinitionVersion(decision.version())
          .decisionDefinitionKey(Keys.format(decision.key()))
          .decisionEvaluationInstanceKey(evaluation.instanceId(evaluation.calledPosition()))
          .output(evaluation.output())
          .matchedRules(List.of())
          .evaluatedInputs(List.of())
          .tenantId(Tenants.DEFAULT));
    }
    return results;
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
}
