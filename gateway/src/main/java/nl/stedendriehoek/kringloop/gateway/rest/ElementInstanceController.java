package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.SetVariableRequest;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
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

  private final EngineService engine;
  private final JsonBodies bodies;
  private final EngineSearches searches;

  ElementInstanceController(EngineService engine, JsonBodies bodies, EngineSearches searches) {
    this.engine = engine;
    this.bodies = bodies;
    this.searches = searches;
  }

  @PostMapping("/search")
  ResponseEntity<byte[]> search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    return SearchResponses.of(bodies.mapper(), searches.elementInstances(query.toSearch()),
        e -> RestViews.elementInstance(e.element(), e.incidentKey()));
  }

  @GetMapping("/{elementInstanceKey}")
  ElementInstanceResult get(@PathVariable String elementInstanceKey) {
    long key = Keys.parse("elementInstanceKey", elementInstanceKey);
    return searches.elementInstances(SearchQuery.byKey("elementInstanceKey", key)).items().stream()
        .findFirst()
        .map(e -> RestViews.elementInstance(e.element(), e.incidentKey()))
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
}
