package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operate's read-only pages: the process overview, the instances list and a process definition
 * with its element statistics across instances. Access: {@link OperateAccessInterceptor}.
 */
@Controller
class OperateController {

  private final ProcessOverview overview;
  private final InstanceSearch search;
  private final Definitions definitions;
  private final CamundaClient camunda;

  OperateController(ProcessOverview overview, InstanceSearch search, Definitions definitions, CamundaClient camunda) {
    this.overview = overview;
    this.search = search;
    this.definitions = definitions;
    this.camunda = camunda;
  }

  @GetMapping("/operate")
  String overview(Model model) {
    model.addAttribute("processes", overview.rows());
    return "operate/overview";
  }

  @GetMapping("/operate/instanties")
  String instances(
      @RequestParam(name = "proces", required = false) String process,
      @RequestParam(name = "versie", required = false) String version,
      @RequestParam(name = "status", required = false) String state,
      @RequestParam(name = "incident", required = false) String incident,
      @RequestParam(name = "jaar", required = false) String year,
      @RequestParam(name = "van", required = false) String from,
      @RequestParam(name = "tot", required = false) String to,
      @RequestParam(name = "variabele", required = false) String variableName,
      @RequestParam(name = "waarde", required = false) String variableValue,
      @RequestParam(name = "sorteer", required = false) String sort,
      @RequestParam(name = "pagina", required = false) String page,
      Model model) {
    InstanceQuery query = InstanceQuery.of(process, version, state, incident, year, from, to, variableName,
        variableValue, sort, page);
    model.addAttribute("query", query);
    model.addAttribute("result", search.find(query));
    model.addAttribute("processIds", definitions.all().stream().map(ProcessDefinition::getProcessDefinitionId)
        .distinct().sorted().toList());
    model.addAttribute("states", InstanceState.values());
    model.addAttribute("sorts", InstanceSort.values());
    return "operate/instances";
  }

  @GetMapping("/operate/processen/{key}")
  String definition(@PathVariable String key, Model model) {
    long definitionKey = Keys.parse("Process definition", key);
    ProcessDefinition definition = Keys.found("Process definition", definitionKey, () -> definitions.get(definitionKey));
    List<ProcessElementStatistics> statistics =
        camunda.newProcessDefinitionElementStatisticsRequest(definitionKey).send().join();
    Definitions.Model bpmn = definitions.model(definitionKey);
    model.addAttribute("definition", definition);
    model.addAttribute("processName", definitions.processName(definition));
    model.addAttribute("bpmn", bpmn);
    model.addAttribute("statistics", statistics);
    model.addAttribute("overlays", DiagramOverlays.json(statistics, List.of()));
    return "operate/definition";
  }

  /** The BPMN XML the diagram viewer loads (same origin, behind the same access rules). */
  @GetMapping(value = "/operate/processen/{key}/xml", produces = MediaType.TEXT_XML_VALUE)
  ResponseEntity<String> xml(@PathVariable String key) {
    long definitionKey = Keys.parse("Process definition", key);
    Keys.found("Process definition", definitionKey, () -> definitions.get(definitionKey));
    return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(definitions.model(definitionKey).xml());
  }
}
