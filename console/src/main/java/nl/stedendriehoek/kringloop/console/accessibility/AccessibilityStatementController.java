package nl.stedendriehoek.kringloop.console.accessibility;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement (toegankelijkheidsverklaring), required for Dutch government web apps. */
@Controller
class AccessibilityStatementController {

  @GetMapping("/toegankelijkheid")
  String statement() {
    return "accessibility/statement";
  }
}
