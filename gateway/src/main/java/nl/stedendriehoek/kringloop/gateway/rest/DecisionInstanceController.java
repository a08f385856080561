package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceResult;
import io.camunda.client.protocol.rest.DecisionInstanceStateEnum;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.query.DecisionInstanceView;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decision instances: the evaluations kept by business rule tasks and the API, searched in SQL,
 * and one instance with the inputs it saw and the rules that matched.
 */
@RestController
@RequestMapping("/v2")
class DecisionInstanceController {

  /** More than one evaluation ever evaluates (positions are below 1,000, see the engine's search). */
  private static final int DECISIONS_PER_EVALUATION = 1000;

  private final EngineSearches searches;
  private final JsonBodies bodies;

  DecisionInstanceController(EngineSearches searches, JsonBodies bodies) {
    this.searches = searches;
    this.bodies = bodies;
  }

  @PostMapping("/decision-instances/search")
  ResponseEntity<byte[]> searchInstances(@RequestBody(required = false) byte[] body) {
    return SearchResponses.of(bodies.mapper(),
        searches.decisionInstances(SearchQuery.parse(bodies.tree(body)).toSearch()), DecisionInstanceController::instance);
  }

  /**
   * By {@code <evaluation key>-<position>}, the id searches return (the called decision or one it
   * required); the evaluation key alone means the called decision. With the inputs it saw and the
   * rules that matched.
   */
  @GetMapping("/decision-instances/{id}")
  DecisionInstanceGetQueryResult instance(@PathVariable String id) {
    int dash = id.indexOf('-');
    long key = Keys.parse("decisionEvaluationInstanceKey", dash < 0 ? id : id.substring(0, dash));
    if (dash >= 0) {
      position(id.substring(dash + 1));
    }
    var search = dash < 0 ? SearchQuery.byField("decisionEvaluationKey", key, DECISIONS_PER_EVALUATION)
        : SearchQuery.byField("decisionEvaluationInstanceKey", key + id.substring(dash), 1);
    DecisionInstanceView view = searches.decisionInstances(search).items().stream()
        .filter(d -> dash >= 0 || d.called()).findFirst()
        .orElseThrow(() -> notFound(id));
    return get(instance(view))
        .evaluatedInputs(RestDecisionAudit.inputs(view.inputs()))
        .matchedRules(RestDecisionAudit.rules(view.matchedRules()));
  }

  private static Integer position(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("Expected a decision instance id of the form '<evaluation key>-<position>', "
          + "but the position '" + text + "' is not a number");
    }
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("Expected to find decision instance with id " + id + ", but none was found");
  }

  private static DecisionInstanceGetQueryResult get(DecisionInstanceResult found) {
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
        .decisionDefinitionType(RestDecisionAudit.type(i.decisionType()))
        .result(i.output())
        .processDefinitionKey(Keys.format(i.processDefinitionKey()))
        .processInstanceKey(Keys.format(i.processInstanceKey()))
        .elementInstanceKey(Keys.format(i.elementInstanceKey()))
        .tenantId(Tenants.DEFAULT);
  }
}
