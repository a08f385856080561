package nl.stedendriehoek.kringloop.console.operate;

import nl.stedendriehoek.kringloop.console.security.CurrentUser;
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
    actions.retry(instanceKey, Keys.parse("Incident", incident), CurrentUser.of(authentication));
    redirect.addFlashAttribute("done", "operate.retried");
    return "redirect:/operate/instanties/" + instanceKey;
  }

  @PostMapping("/operate/instanties/{key}/variabelen")
  String setVariable(@PathVariable String key, @RequestParam("scope") String scope,
      @RequestParam("naam") String name, @RequestParam("waarde") String value, Authentication authentication,
      RedirectAttributes redirect) {
    long instanceKey = Keys.parse("Process instance", key);
    try {
      actions.setVariable(instanceKey, Keys.parse("Scope", scope), name, value, CurrentUser.of(authentication));
      redirect.addFlashAttribute("done", "operate.variableSaved");
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
    actions.cancel(instanceKey, CurrentUser.of(authentication));
    redirect.addFlashAttribute("done", "operate.canceledMessage");
    return "redirect:/operate/instanties/" + instanceKey;
  }
}
