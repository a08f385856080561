package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.gateway.Keys;
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

  private final EngineQueries queries;
  private final JsonBodies bodies;
  private final InMemorySearch search;

  VariableController(EngineQueries queries, JsonBodies bodies, InMemorySearch search) {
    this.queries = queries;
    this.bodies = bodies;
    this.search = search;
  }

  @PostMapping("/search")
  ObjectNode search(
      @RequestBody(required = false) byte[] body,
      @RequestParam(name = "truncateValues", required = false) Boolean truncateValues) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    Optional<Long> instance = query.equalTo("processInstanceKey").map(k -> Keys.parse("filter.processInstanceKey", k));
    return search.run(query, ScopedData.read(queries, instance, queries::variables).stream().map(RestViews::variable)
        .toList(), search.fieldsOf(VariableSearchResult.class), SearchQuery.Aliases.none());
  }

  @GetMapping("/{variableKey}")
  VariableResult get(@PathVariable String variableKey) {
    long key = Keys.parse("variableKey", variableKey);
    return ScopedData.read(queries, Optional.empty(), queries::variables).stream()
        .filter(v -> v.variableKey() == key)
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
