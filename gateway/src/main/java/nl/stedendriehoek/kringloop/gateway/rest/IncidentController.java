package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.IncidentResolutionRequest;
import io.camunda.client.protocol.rest.IncidentResult;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.IncidentFilter;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
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
  private final EngineQueries queries;
  private final JsonBodies bodies;
  private final InMemorySearch search;

  IncidentController(EngineService engine, EngineQueries queries, JsonBodies bodies, InMemorySearch search) {
    this.engine = engine;
    this.queries = queries;
    this.bodies = bodies;
    this.search = search;
  }

  @PostMapping("/search")
  ObjectNode search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    IncidentFilter filter = new IncidentFilter(
        Keys.parseOptional("filter.processInstanceKey", query.equalTo("processInstanceKey").orElse(null)), null);
    return search.run(query, queries.incidents(filter).stream().map(RestViews::incident).toList(),
        search.fieldsOf(IncidentResult.class), SearchQuery.Aliases.none());
  }

  @GetMapping("/{incidentKey}")
  IncidentResult get(@PathVariable String incidentKey) {
    long key = Keys.parse("incidentKey", incidentKey);
    return queries.incidents(new IncidentFilter(null, null)).stream()
        .filter(incident -> incident.incidentKey() == key)
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
