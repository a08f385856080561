package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.SetVariableRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.IncidentFilter;
import nl.stedendriehoek.kringloop.engine.api.IncidentView;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v2/element-instances}: search, get, and setting variables on an element's scope. */
@RestController
@RequestMapping("/v2/element-instances")
class ElementInstanceController {

  private static final SearchQuery.Aliases ALIASES =
      new SearchQuery.Aliases(Map.of("elementInstanceScopeKey", "flowScopeKey"));

  private final EngineService engine;
  private final EngineQueries queries;
  private final JsonBodies bodies;
  private final InMemorySearch search;

  ElementInstanceController(EngineService engine, EngineQueries queries, JsonBodies bodies, InMemorySearch search) {
    this.engine = engine;
    this.queries = queries;
    this.bodies = bodies;
    this.search = search;
  }

  @PostMapping("/search")
  ObjectNode search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    Optional<Long> instance = query.equalTo("processInstanceKey").map(k -> Keys.parse("filter.processInstanceKey", k));
    List<ScopedElement> elements = ScopedData.read(queries, instance, this::elementsOf);
    Set<String> fields = new HashSet<>(search.fieldsOf(ElementInstanceResult.class));
    fields.add("flowScopeKey");
    fields.add("elementInstanceScopeKey");
    return search.run(query, elements, fields, ALIASES);
  }

  @GetMapping("/{elementInstanceKey}")
  ElementInstanceResult get(@PathVariable String elementInstanceKey) {
    long key = Keys.parse("elementInstanceKey", elementInstanceKey);
    return ScopedData.read(queries, Optional.empty(), this::elementsOf).stream()
        .filter(e -> e.getElementInstanceKey().equals(Keys.format(key)))
        .findFirst()
        .map(ElementInstanceResult.class::cast)
        .orElseThrow(() -> new NotFoundException(
            "Expected to find element instance with key " + key + ", but none was found"));
  }

  @PutMapping("/{elementInstanceKey}/variables")
  ResponseEntity<Void> setVariables(@PathVariable String elementInstanceKey, @RequestBody(required = false) byte[] body) {
    SetVariableRequest request = bodies.read(body, SetVariableRequest.class);
    if (request.getVariables() == null) {
      throw new InvalidRequestException("Expected field 'variables' to be a JSON object, but it is missing");
    }
    engine.setVariables(Keys.parse("elementInstanceKey", elementInstanceKey), request.getVariables(),
        Boolean.TRUE.equals(request.getLocal()));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/ad-hoc-activities/{adHocSubProcessInstanceKey}/activation")
  void activateAdHoc(@PathVariable String adHocSubProcessInstanceKey) {
    throw new NotSupportedYetException("Activating elements of an ad-hoc sub-process");
  }

  private List<ScopedElement> elementsOf(long processInstanceKey) {
    Map<Long, Long> incidents = new HashMap<>();
    for (IncidentView incident : queries.incidents(new IncidentFilter(processInstanceKey, "ACTIVE"))) {
      incidents.putIfAbsent(incident.elementInstanceKey(), incident.incidentKey());
    }
    return queries.elementInstances(processInstanceKey).stream()
        .filter(e -> !"SEQUENCE_FLOW".equals(e.type()))
        .map(e -> ScopedElement.of(e, incidents.get(e.elementInstanceKey())))
        .toList();
  }

  /** The client's result plus the flow scope, which the client may filter on but the result does not show. */
  static final class ScopedElement extends ElementInstanceResult {
    @com.fasterxml.jackson.annotation.JsonProperty("flowScopeKey")
    String flowScopeKey;

    static ScopedElement of(ElementInstanceView view, Long incidentKey) {
      ScopedElement element = new ScopedElement();
      ElementInstanceResult result = RestViews.elementInstance(view, incidentKey);
      element.elementInstanceKey(result.getElementInstanceKey()).processInstanceKey(result.getProcessInstanceKey())
          .processDefinitionKey(result.getProcessDefinitionKey()).processDefinitionId(result.getProcessDefinitionId())
          .elementId(result.getElementId()).elementName(result.getElementName()).type(result.getType())
          .state(result.getState()).startDate(result.getStartDate()).endDate(result.getEndDate())
          .hasIncident(result.getHasIncident()).incidentKey(result.getIncidentKey()).tenantId(result.getTenantId());
      element.flowScopeKey = Keys.format(view.flowScopeKey());
      return element;
    }
  }
}
