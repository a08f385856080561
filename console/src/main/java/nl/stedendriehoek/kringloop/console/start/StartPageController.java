package nl.stedendriehoek.kringloop.console.start;

import nl.stedendriehoek.kringloop.workers.reference.MunicipalityRepository;
import nl.stedendriehoek.kringloop.workers.reference.ObjectiveRepository;
import nl.stedendriehoek.kringloop.workers.reference.ThemeRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what the collaboration is about (its municipalities, themes and objectives) and
 * where to go next. The Tasklist, Operate and the dashboard hang off this page as they arrive.
 */
@Controller
class StartPageController {

  private final MunicipalityRepository municipalities;
  private final ThemeRepository themes;
  private final ObjectiveRepository objectives;

  StartPageController(
      MunicipalityRepository municipalities, ThemeRepository themes, ObjectiveRepository objectives) {
    this.municipalities = municipalities;
    this.themes = themes;
    this.objectives = objectives;
  }

  @GetMapping("/")
  String start(Model model) {
    model.addAttribute("municipalities", municipalities.findAllByOrderByName());
    model.addAttribute("themes", themes.findAllByOrderByNumber());
    model.addAttribute("objectives", objectives.findAllByOrderByNumber());
    return "start";
  }
}
