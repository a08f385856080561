package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.ProcessDefinitionElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.api.ProcessDefinitionView;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.Keys;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v2/process-definitions}: search, get, XML (as {@code text/xml}), start form, element statistics. */
@RestController
@RequestMapping("/v2/process-definitions")
class ProcessDefinitionController {

  private final EngineQueries queries;
  private final JsonBodies bodies;
  private final InMemorySearch search;
  private final EngineSearches searches;

  ProcessDefinitionController(EngineQueries queries, JsonBodies bodies, InMemorySearch search,
      EngineSearches searches) {
    this.queries = queries;
    this.bodies = bodies;
    this.search = search;
    this.searches = searches;
  }

  @PostMapping("/search")
  ObjectNode search(@RequestBody(required = false) byte[] body) {
    SearchQuery query = SearchQuery.parse(bodies.tree(body));
    List<ProcessDefinitionView> all = queries.processDefinitions();
    List<DefinitionWithLatest> results = all.stream().map(d -> DefinitionWithLatest.of(d, all.stream()
        .noneMatch(o -> o.bpmnProcessId().equals(d.bpmnProcessId()) && o.version() > d.version()))).toList();
    Set<String> fields = new HashSet<>(search.fieldsOf(ProcessDefinitionResult.class));
    fields.add("isLatestVersion");
    return search.run(query, results, fields, SearchQuery.Aliases.none());
  }

  @GetMapping("/{processDefinitionKey}")
  ProcessDefinitionResult get(@PathVariable String processDefinitionKey) {
    return RestViews.processDefinition(definition(Keys.parse("processDefinitionKey", processDefinitionKey)));
  }

  /** Always {@code text/xml}: the client reads the body as text only for text types, whatever it accepts. */
  @GetMapping("/{processDefinitionKey}/xml")
  ResponseEntity<String> xml(@PathVariable String processDefinitionKey) {
    long key = Keys.parse("processDefinitionKey", processDefinitionKey);
    definition(key);
    return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(queries.processDefinitionXml(key));
  }

  /** The linked start form in its latest version; 204 when the definition links none, as in Camunda 8. */
  @GetMapping("/{processDefinitionKey}/form")
  ResponseEntity<FormResult> form(@PathVariable String processDefinitionKey) {
    long key = Keys.parse("processDefinitionKey", processDefinitionKey);
    definition(key);
    return queries.startForm(key).map(Forms::form).map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PostMapping("/{processDefinitionKey}/statistics/element-instances")
  ProcessDefinitionElementStatisticsQueryResult statistics(
      @PathVariable String processDefinitionKey, @RequestBody(required = false) byte[] body) {
    ProcessDefinitionView definition = definition(Keys.parse("processDefinitionKey", processDefinitionKey));
    return new ProcessDefinitionElementStatisticsQueryResult().items(ElementStatistics.of(
        searches.elementStatistics(definition.processDefinitionKey())));
  }

  private ProcessDefinitionView definition(long key) {
    return queries.processDefinitions().stream()
        .filter(d -> d.processDefinitionKey() == key)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(
            "Expected to find process definition with key " + key + ", but none was found"));
  }

  /** The client's result plus {@code isLatestVersion}, which searches may filter on. */
  static final class DefinitionWithLatest extends ProcessDefinitionResult {
    @com.fasterxml.jackson.annotation.JsonProperty("isLatestVersion")
    boolean isLatestVersion;

    static DefinitionWithLatest of(ProcessDefinitionView view, boolean latest) {
      ProcessDefinitionResult r = RestViews.processDefinition(view);
      DefinitionWithLatest d = new DefinitionWithLatest();
      d.processDefinitionKey(r.getProcessDefinitionKey()).processDefinitionId(r.getProcessDefinitionId())
          .name(r.getName()).version(r.getVersion()).versionTag(r.getVersionTag()).resourceName(r.getResourceName())
          .hasStartForm(r.getHasStartForm()).tenantId(r.getTenantId());
      d.isLatestVersion = latest;
      return d;
    }
  }
}
