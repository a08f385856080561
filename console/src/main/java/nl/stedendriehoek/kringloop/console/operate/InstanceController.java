package nl.stedendriehoek.kringloop.console.operate;

import io.camunda.client.api.command.ClientHttpException;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One process instance in Operate: the detail page, and the process owner's actions on it (retry
 * an incident, set a variable, cancel after confirming). Every action redirects back to the detail
 * page with a message (post/redirect/get). Access: {@link OperateAccessInterceptor}.
 */
@Controller
class InstanceController {

  private static final Logger log = LoggerFactory.getLogger(InstanceController.class);

  private final InstanceDetail detail;
  private final InstanceActions actions;

  InstanceController(InstanceDetail detail, InstanceActions actions) {
    this.detail = detail;
    this.actions = actions;
  }

  @GetMapping("/operate/instanties/{key}")
  String show(@PathVariable String key, Model model) {
    model.addAttribute("view", detail.show(Keys.parse("Process instance", key)));
    return "operate/instance";
  }

  @PostMapping("/operate/instanties/{key}/incidenten/{incident}/opnieuw")
  String retry(@PathVariable String key, @PathVariable String incident, Authentication authentication,
      RedirectAttributes redirect) {
    long instanceKey = Keys.parse("Process instance", key);
    long incidentKey = Keys.parse("Incident", incident);
    attempt(() -> actions.retry(instanceKey, incidentKey, CurrentUser.of(authentication)), "operate.retried", redirect);
    return "redirect:/operate/instanties/" + instanceKey;
  }

  @PostMapping("/operate/instanties/{key}/variabelen")
  String setVariable(@PathVariable String key, @RequestParam("scope") String scope,
      @RequestParam("naam") String name, @RequestParam("waarde") String value, Authentication authentication,
      RedirectAttributes redirect) {
    long instanceKey = Keys.parse("Process instance", key);
    long scopeKey = Keys.parse("Scope", scope);
    try {
      attempt(() -> actions.setVariable(instanceKey, scopeKey, name, value, CurrentUser.of(authentication)),
          "operate.variableSaved", redirect);
    } catch (InvalidVariableException e) {
      redirect.addFlashAttribute("failed", "operate.variable.invalid." + e.reason());
    }
    return "redirect:/operate/instanties/" + instanceKey;
  }

  @GetMapping("/operate/instanties/{key}/annuleren")
  String confirmCancel(@PathVariable String key, Model model) {
    long instanceKey = Keys.parse("Process instance", key);
    model.addAttribute("instance", detail.instance(instanceKey));
    return "operate/cancel";
  }

  @PostMapping("/operate/instanties/{key}/annuleren")
  String cancel(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
    long instanceKey = Keys.parse("Process instance", key);
    attempt(() -> actions.cancel(instanceKey, CurrentUser.of(authentication)), "operate.canceledMessage", redirect);
    return "redirect:/operate/instanties/" + instanceKey;
  }

  /**
   * Runs the action; when the engine refuses it (e.g. the incident was resolved or the instance
   * ended in the meantime) the page says so with the engine's reason instead of an error page.
   */
  private static void attempt(Runnable action, String done, RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("done", done);
    } catch (ActionRefusedException e) {
      redirect.addFlashAttribute("failed", "operate.refused");
      redirect.addFlashAttribute("reason", e.getMessage());
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        throw new InstanceNotFoundException("Engine object", e.getMessage());
      }
      log.info("Operate action refused by the engine ({}): {}", e.code(), e.getMessage());
      redirect.addFlashAttribute("failed", "operate.refused");
      redirect.addFlashAttribute("reason", e.getMessage());
    }
  }
}
