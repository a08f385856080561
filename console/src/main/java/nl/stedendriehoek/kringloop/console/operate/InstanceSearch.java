package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.Variable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The instances list: one page of process instances for an {@link InstanceQuery}, newest first
 * unless sorted otherwise. Filters on variables ({@code jaar}, name = value) go through the
 * variable search first, since the process-instance search's {@code variables} filter is not
 * available on every server; the page itself is one search with {@code from}/{@code limit}.
 */
@Service
class InstanceSearch {

  static final int PAGE_SIZE = 25;
  static final String YEAR_VARIABLE = "jaar";
  /** The most instances a variable filter narrows to (a Camunda 8 search's page maximum). */
  static final int VARIABLE_MATCHES = 10_000;
  private static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");

  /** One row of the list. */
  record Row(long key, String processId, String processName, int version, InstanceState state,
      boolean incident, ZonedDateTime start, ZonedDateTime end, String year) {}

  record Page(List<Row> rows, long total, int page, int pages) {
    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pages;
    }
  }

  private final CamundaClient camunda;
  private final Definitions definitions;

  InstanceSearch(CamundaClient camunda, Definitions definitions) {
    this.camunda = camunda;
    this.definitions = definitions;
  }

  Page find(InstanceQuery query) {
    Optional<Set<Long>> narrowed = query.filtersOnVariables() ? Optional.of(matchingVariables(query)) : Optional.empty();
    if (narrowed.isPresent() && narrowed.get().isEmpty()) {
      return new Page(List.of(), 0, 1, 1);
    }
    int from = (query.page() - 1) * PAGE_SIZE;
    SearchResponse<ProcessInstance> response = camunda.newProcessInstanceSearchRequest()
        .filter(f -> {
          apply(query, f);
          narrowed.ifPresent(keys -> f.processInstanceKey(k -> k.in(List.copyOf(keys))));
        })
        .sort(query.sort().order())
        .page(p -> p.from(from).limit(PAGE_SIZE))
        .send()
        .join();
    long total = response.page().totalItems();
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    Map<Long, String> years = years(response.items());
    List<Row> rows = response.items().stream().map(i -> row(i, years)).toList();
    return new Page(rows, total, query.page(), pages);
  }

  private static void apply(InstanceQuery query, ProcessInstanceFilter f) {
    if (query.process() != null) {
      f.processDefinitionId(query.process());
    }
    if (query.version() != null) {
      f.processDefinitionVersion(query.version());
    }
    query.state().ifPresent(state -> f.state(state.api()));
    if (query.withIncident()) {
      f.hasIncident(true);
    }
    if (query.from() != null || query.to() != null) {
      f.startDate(d -> {
        if (query.from() != null) {
          d.gte(query.from().atStartOfDay(REGION).toOffsetDateTime());
        }
        if (query.to() != null) {
          d.lt(query.to().plusDays(1).atStartOfDay(REGION).toOffsetDateTime());
        }
      });
    }
  }

  /** The instances whose variables match every variable filter of the query. */
  private Set<Long> matchingVariables(InstanceQuery query) {
    Set<Long> keys = null;
    if (query.year() != null) {
      keys = instancesWith(YEAR_VARIABLE, VariableValues.string(query.year()));
    }
    if (query.variableName() != null && query.variableValue() != null && !query.variableValue().isEmpty()) {
      Set<Long> matching = instancesWith(query.variableName(), VariableValues.asJson(query.variableValue()));
      if (keys == null) {
        keys = matching;
      } else {
        keys.retainAll(matching);
      }
    }
    return keys == null ? Set.of() : keys;
  }

  private Set<Long> instancesWith(String name, String json) {
    Set<Long> keys = new LinkedHashSet<>();
    camunda.newVariableSearchRequest()
        .filter(f -> f.name(name).value(json))
        .page(p -> p.limit(VARIABLE_MATCHES))
        .send()
        .join()
        .items()
        .forEach(v -> keys.add(v.getProcessInstanceKey()));
    return keys;
  }

  /** The {@code jaar} of each instance on the page, in one variable search. */
  private Map<Long, String> years(List<ProcessInstance> instances) {
    Map<Long, String> years = new HashMap<>();
    if (instances.isEmpty()) {
      return years;
    }
    List<Long> keys = new ArrayList<>(instances.stream().map(ProcessInstance::getProcessInstanceKey).toList());
    for (Variable variable : camunda.newVariableSearchRequest()
        .filter(f -> f.name(YEAR_VARIABLE).processInstanceKey(k -> k.in(keys)))
        .page(p -> p.limit(PAGE_SIZE * 4))
        .send()
        .join()
        .items()) {
      if (variable.getScopeKey() != null && variable.getScopeKey().equals(variable.getProcessInstanceKey())) {
        years.put(variable.getProcessInstanceKey(), unquote(variable.getValue()));
      } else {
        years.putIfAbsent(variable.getProcessInstanceKey(), unquote(variable.getValue()));
      }
    }
    return years;
  }

  private Row row(ProcessInstance instance, Map<Long, String> years) {
    String name = definitions.model(instance.getProcessDefinitionKey()).processName();
    return new Row(
        instance.getProcessInstanceKey(),
        instance.getProcessDefinitionId(),
        name != null ? name : instance.getProcessDefinitionId(),
        instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
        InstanceState.of(instance.getState()),
        Boolean.TRUE.equals(instance.getHasIncident()),
        instance.getStartDate() == null ? null : instance.getStartDate().atZoneSameInstant(REGION),
        instance.getEndDate() == null ? null : instance.getEndDate().atZoneSameInstant(REGION),
        years.get(instance.getProcessInstanceKey()));
  }

  static String unquote(String json) {
    if (json != null && json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")) {
      Object parsed = VariableValues.parse(json);
      return String.valueOf(parsed);
    }
    return json;
  }
}
