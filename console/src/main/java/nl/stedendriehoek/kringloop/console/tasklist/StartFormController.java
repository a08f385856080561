package nl.stedendriehoek.kringloop.console.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.search.response.ProcessDefinition;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Proces starten": the processes a starter may start, with their start form if they have one. */
@Controller
class StartFormController {

  private static final Logger log = LoggerFactory.getLogger(StartFormController.class);
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final ProcessStarts starts;
  private final Inbox inbox;
  private final ObjectMapper json;

  StartFormController(ProcessStarts starts, Inbox inbox, ObjectMapper json) {
    this.starts = starts;
    this.inbox = inbox;
    this.json = json;
  }

  @GetMapping("/processen")
  String processes(Authentication authentication, Model model) {
    requireStarter(authentication);
    model.addAttribute("processes", starts.latest().stream()
        .sorted(Comparator.comparing(d -> d.getName() == null ? d.getProcessDefinitionId() : d.getName()))
        .toList());
    return "tasklist/processes";
  }

  @GetMapping("/processen/{key}")
  String startPage(@PathVariable String key, Authentication authentication, Model model) {
    requireStarter(authentication);
    ProcessDefinition definition = starts.definition(key).orElseThrow(() -> new TaskNotFoundException(key));
    return render(definition, starts.startForm(definition).orElse(null), "{}", List.of(), model);
  }

  @PostMapping("/processen/{key}")
  String start(
      @PathVariable String key,
      @RequestParam(name = "variables", defaultValue = "{}") String variables,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CurrentUser user = requireStarter(authentication);
    ProcessDefinition definition = starts.definition(key).orElseThrow(() -> new TaskNotFoundException(key));
    Optional<String> schemaJson = starts.startForm(definition);
    Optional<FormSchema> schema = schemaJson.map(s -> FormSchema.parse(s, json));
    Map<String, Object> submitted = read(variables);
    List<String> missing = schema.map(s -> s.missingRequired(submitted)).orElse(List.of());
    if (!missing.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return render(definition, schemaJson.orElse(null), variables, missing, model);
    }
    long instance = starts.start(definition, schema.map(s -> s.accepted(submitted)).orElse(Map.of()));
    log.info("Process {} started by {}: process instance {}", definition.getProcessDefinitionId(),
        user.username(), instance);
    redirect.addFlashAttribute("startedProcess", name(definition));
    inbox.next(user).ifPresent(next -> redirect.addFlashAttribute("nextTask", next));
    return "redirect:/tasklist";
  }

  private String render(ProcessDefinition definition, String schema, String data, List<String> missing, Model model) {
    model.addAttribute("definition", definition);
    model.addAttribute("processName", name(definition));
    model.addAttribute("formSchema", schema);
    model.addAttribute("formData", data);
    model.addAttribute("missing", missing);
    return "tasklist/start";
  }

  private CurrentUser requireStarter(Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    if (!starts.mayStart(user)) {
      throw new NotAStarterException(user.username());
    }
    return user;
  }

  private static String name(ProcessDefinition definition) {
    return definition.getName() == null || definition.getName().isBlank()
        ? definition.getProcessDefinitionId()
        : definition.getName();
  }

  private Map<String, Object> read(String variables) {
    try {
      Map<String, Object> parsed = json.readValue(variables, OBJECT);
      return parsed == null ? Map.of() : parsed;
    } catch (JsonProcessingException e) {
      throw new InvalidSubmissionException("The submitted variables are not a JSON object");
    }
  }
}
