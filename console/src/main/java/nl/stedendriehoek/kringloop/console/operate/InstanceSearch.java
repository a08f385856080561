package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.filter.VariableValueFilter;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.Variable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The instances list: one page of process instances for an {@link InstanceQuery}, newest first
 * unless sorted otherwise: one search with {@code from}/{@code limit}, variable filters ({@code jaar},
 * name = value) included as the process-instance search's {@code variables} filter (values as
 * JSON, as the API compares them).
 */
@Service
class InstanceSearch {

  static final int PAGE_SIZE = 25;
  static final String YEAR_VARIABLE = "jaar";
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
    int from = (query.page() - 1) * PAGE_SIZE;
    SearchResponse<ProcessInstance> response = camunda.newProcessInstanceSearchRequest()
        .filter(f -> apply(query, f))
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
    List<Consumer<VariableValueFilter>> variables = new ArrayList<>();
    if (query.year() != null) {
      variables.add(v -> v.name(YEAR_VARIABLE).value(VariableValues.string(query.year())));
    }
    if (query.variableName() != null && query.variableValue() != null && !query.variableValue().isEmpty()) {
      variables.add(v -> v.name(query.variableName()).value(VariableValues.asJson(query.variableValue())));
    }
    if (!variables.isEmpty()) {
      f.variables(variables);
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
