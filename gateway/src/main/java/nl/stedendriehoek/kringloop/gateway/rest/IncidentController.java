package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.IncidentResolutionRequest;
import io.camunda.client.protocol.rest.IncidentResult;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.Keys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v2/incidents}: search, get, resolution. */
@RestController
@RequestMapping("/v2/incidents")
class IncidentController {

  private final EngineService engine;
  private final JsonBodies bodies;
  private final EngineSearches searches;

  IncidentController(EngineService engine, JsonBodies bodies, EngineSearches searches) {
    this.engine = engine;
    this.bodies = bodies;
    this.searches = searches;
  }

  @PostMapping("/search")
  ResponseEntity<byte[]> search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    return SearchResponses.of(bodies.mapper(), searches.incidents(query.toSearch()), RestViews::incident);
  }

  @GetMapping("/{incidentKey}")
  IncidentResult get(@PathVariable String incidentKey) {
    long key = Keys.parse("incidentKey", incidentKey);
    return searches.incidents(SearchQuery.byKey("incidentKey", key)).items().stream()
        .findFirst()
        .map(RestViews::incident)
        .orElseThrow(() -> new NotFoundException("Expected to find incident with key " + key + ", but none was found"));
  }

  @PostMapping("/{incidentKey}/resolution")
  ResponseEntity<Void> resolve(@PathVariable String incidentKey, @RequestBody(required = false) byte[] body) {
    bodies.read(body, IncidentResolutionRequest.class);
    engine.resolveIncident(Keys.parse("incidentKey", incidentKey));
    return ResponseEntity.noContent().build();
  }
}
