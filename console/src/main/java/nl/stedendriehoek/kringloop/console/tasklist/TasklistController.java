package nl.stedendriehoek.kringloop.console.tasklist;

import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox at {@code /tasklist}: the start page after login. */
@Controller
class TasklistController {

  private final Inbox inbox;

  TasklistController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/tasklist")
  String inbox(
      Authentication authentication,
      @RequestParam(name = "filter", required = false) String filter,
      @RequestParam(name = "sorteer", required = false) String sort,
      @RequestParam(name = "zoek", required = false) String search,
      @RequestParam(name = "pagina", defaultValue = "1") String page,
      Model model) {
    Inbox.Query query = new Inbox.Query(
        InboxFilter.fromParameter(filter), InboxSort.fromParameter(sort), search, pageNumber(page));
    model.addAttribute("query", query);
    model.addAttribute("inbox", inbox.show(CurrentUser.of(authentication), query));
    model.addAttribute("filters", InboxFilter.values());
    model.addAttribute("sorts", InboxSort.values());
    return "tasklist/inbox";
  }

  private static int pageNumber(String page) {
    try {
      return Integer.parseInt(page);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
