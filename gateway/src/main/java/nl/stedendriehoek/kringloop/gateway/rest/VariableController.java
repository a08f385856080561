package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.VariableResult;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.Keys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v2/variables}: search and get. Values are JSON text and never truncated. */
@RestController
@RequestMapping("/v2/variables")
class VariableController {

  private final JsonBodies bodies;
  private final EngineSearches searches;

  VariableController(JsonBodies bodies, EngineSearches searches) {
    this.bodies = bodies;
    this.searches = searches;
  }

  @PostMapping("/search")
  ResponseEntity<byte[]> search(
      @RequestBody(required = false) byte[] body,
      @RequestParam(name = "truncateValues", required = false) Boolean truncateValues) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    return SearchResponses.of(bodies.mapper(), searches.variables(query.toSearch()), RestViews::variable);
  }

  @GetMapping("/{variableKey}")
  VariableResult get(@PathVariable String variableKey) {
    long key = Keys.parse("variableKey", variableKey);
    return searches.variables(SearchQuery.byKey("variableKey", key)).items().stream()
        .findFirst()
        .map(v -> new VariableResult()
            .variableKey(Keys.format(v.variableKey()))
            .name(v.name())
            .value(v.value())
            .scopeKey(Keys.format(v.scopeKey()))
            .processInstanceKey(Keys.format(v.processInstanceKey()))
            .tenantId(nl.stedendriehoek.kringloop.gateway.Tenants.DEFAULT))
        .orElseThrow(() -> new NotFoundException("Expected to find variable with key " + key + ", but none was found"));
  }
}
