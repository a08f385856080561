package nl.stedendriehoek.kringloop.console.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.search.response.UserTask;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import nl.stedendriehoek.kringloop.workers.decision.DecisionRepository;
import nl.stedendriehoek.kringloop.workers.document.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task: its details and form, claim and release, save a draft, complete. Every action looks
 * the task up again for the current user ({@link Tasks#visibleTask}, {@link Tasks#workableTask}),
 * so a key typed into a URL or a tampered form reaches nothing outside the user's groups.
 */
@Controller
class TaskController {

  private static final Logger log = LoggerFactory.getLogger(TaskController.class);
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final Tasks tasks;
  private final Drafts drafts;
  private final Inbox inbox;
  private final ObjectMapper json;
  private final ProcessNames names;
  private final DecisionRepository decisions;
  private final DocumentRepository documents;
  private final Bottlenecks bottlenecks;
  private final Clock clock;

  TaskController(Tasks tasks, Drafts drafts, Inbox inbox, ObjectMapper json, ProcessNames names,
      DecisionRepository decisions, DocumentRepository documents, Bottlenecks bottlenecks,
      ObjectProvider<Clock> clocks) {
    this.tasks = tasks;
    this.bottlenecks = bottlenecks;
    this.decisions = decisions;
    this.documents = documents;
    this.names = names;
    this.drafts = drafts;
    this.inbox = inbox;
    this.json = json;
    this.clock = DomainClock.of(clocks);
  }

  @GetMapping("/tasklist/{key}")
  String show(@PathVariable String key, Authentication authentication, Model model) {
    CurrentUser user = CurrentUser.of(authentication);
    UserTask task = tasks.visibleTask(key, user);
    Map<String, Object> data = new LinkedHashMap<>(tasks.variables(task));
    Optional<TaskDraft> draft = drafts.find(task.getUserTaskKey(), user.username());
    draft.ifPresent(d -> data.putAll(read(d.data())));
    model.addAttribute("draftSavedAt", draft.map(TaskDraft::savedAt).orElse(null));
    return render(task, user, data, List.of(), model);
  }

  @PostMapping("/tasklist/{key}/claim")
  String claim(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.of(authentication);
    UserTask task = tasks.workableTask(key, user);
    if (task.getAssignee() == null) {
      tasks.claim(task, user);
      log.info("User task {} (process instance {}) claimed by {}", task.getUserTaskKey(),
          task.getProcessInstanceKey(), user.username());
    }
    redirect.addFlashAttribute("notice", "task.claimed");
    return "redirect:/tasklist/" + task.getUserTaskKey();
  }

  @PostMapping("/tasklist/{key}/vrijgeven")
  String unclaim(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.of(authentication);
    UserTask task = tasks.workableTask(key, user);
    if (task.getAssignee() != null) {
      tasks.unclaim(task);
    }
    redirect.addFlashAttribute("notice", "task.unclaimed");
    return "redirect:/tasklist/" + task.getUserTaskKey();
  }

  @PostMapping("/tasklist/{key}/concept")
  String saveDraft(
      @PathVariable String key,
      @RequestParam(name = "variables", defaultValue = "{}") String variables,
      Authentication authentication,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.of(authentication);
    UserTask task = tasks.workableTask(key, user);
    Map<String, Object> accepted = schema(task).map(s -> s.accepted(read(variables))).orElse(Map.of());
    drafts.save(task.getUserTaskKey(), user.username(), write(accepted));
    redirect.addFlashAttribute("notice", "task.draftSaved");
    return "redirect:/tasklist/" + task.getUserTaskKey();
  }

  @PostMapping("/tasklist/{key}/afronden")
  String complete(
      @PathVariable String key,
      @RequestParam(name = "variables", defaultValue = "{}") String variables,
      Authentication authentication,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.of(authentication);
    UserTask task = tasks.workableTask(key, user);
    Map<String, Object> submitted = read(variables);
    Optional<FormSchema> schema = schema(task);
    List<String> missing = schema.map(s -> s.missingRequired(submitted)).orElse(List.of());
    if (!missing.isEmpty()) {
      Map<String, Object> data = new LinkedHashMap<>(tasks.variables(task));
      data.putAll(submitted);
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return render(task, user, data, missing, model);
    }
    Map<String, Object> completion = schema.map(s -> s.accepted(submitted)).orElse(Map.of());
    tasks.complete(task, user, completion);
    drafts.discard(task.getUserTaskKey(), user.username());
    log.info("User task {} (process instance {}) completed by {}", task.getUserTaskKey(),
        task.getProcessInstanceKey(), user.username());
    redirect.addFlashAttribute("completedTask", TaskRow.of(task, names, clock.instant()).name());
    inbox.next(user).ifPresent(next -> redirect.addFlashAttribute("nextTask", next));
    return "redirect:/tasklist";
  }

  @PostMapping("/tasklist/{key}/knelpunt")
  String reportBottleneck(
      @PathVariable String key,
      @RequestParam(name = "knelpunt", defaultValue = "") String description,
      Authentication authentication,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.of(authentication);
    UserTask task = tasks.visibleTask(key, user);
    String project = bottlenecks.projectOf(task, tasks.variables(task))
        .orElseThrow(() -> new InvalidSubmissionException("Task " + key + " is not part of a project's execution"));
    String text = description.strip();
    if (text.isEmpty() || text.length() > Bottlenecks.MAX_LENGTH) {
      redirect.addFlashAttribute("bottleneckError", "task.bottleneckInvalid");
      return "redirect:/tasklist/" + task.getUserTaskKey();
    }
    bottlenecks.report(project, text, user);
    log.info("Bottleneck reported for project {} by {} (from user task {})", project, user.username(),
        task.getUserTaskKey());
    redirect.addFlashAttribute("notice", "task.bottleneckReported");
    return "redirect:/tasklist/" + task.getUserTaskKey();
  }

  private String render(UserTask task, CurrentUser user, Map<String, Object> data, List<String> missing,
      Model model) {
    model.addAttribute("task", TaskRow.of(task, names, clock.instant()));
    String year = data.get("jaar") instanceof String code ? code : null;
    model.addAttribute("year", year);
    model.addAttribute("decisions", year == null ? List.of() : decisions.findByYearCodeOrderByDecidedAt(year));
    model.addAttribute("documents", year == null ? List.of() : documents.summariesOf(year));
    model.addAttribute("bottleneckPossible", bottlenecks.projectOf(task, data).isPresent());
    model.addAttribute("mine", user.username().equals(task.getAssignee()));
    model.addAttribute("workable", TaskAccess.mayWorkOn(task, user));
    model.addAttribute("formSchema", tasks.formSchema(task).orElse(null));
    model.addAttribute("formData", write(data));
    model.addAttribute("missing", missing);
    return "tasklist/task";
  }

  private Optional<FormSchema> schema(UserTask task) {
    return tasks.formSchema(task).map(s -> FormSchema.parse(s, json));
  }

  private Map<String, Object> read(String variables) {
    try {
      Map<String, Object> parsed = json.readValue(variables, OBJECT);
      return parsed == null ? Map.of() : parsed;
    } catch (JsonProcessingException e) {
      throw new InvalidSubmissionException("The submitted variables are not a JSON object");
    }
  }

  private String write(Map<String, Object> data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write form data as JSON", e);
    }
  }
}
