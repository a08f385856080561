package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the engine does not have yet: decisions.
 * Commands answer 501 with a problem saying so; searches answer with no items. Every other
 * unknown {@code /v2} path is a 404 problem, never an HTML error page.
 */
@RestController
@RequestMapping("/v2")
class NotYetController {

  private final JsonBodies bodies;

  NotYetController(JsonBodies bodies) {
    this.bodies = bodies;
  }

  @PostMapping("/decision-definitions/evaluation")
  void evaluateDecision() {
    throw new NotSupportedYetException("Evaluating a decision");
  }

  @PostMapping({"/decision-instances/search", "/decision-definitions/search", "/decision-requirements/search"})
  ObjectNode emptySearch(@RequestBody(required = false) byte[] body) {
    SearchQuery.parse(bodies.tree(body));
    ObjectNode response = bodies.mapper().createObjectNode();
    response.putArray("items");
    response.putObject("page").put("totalItems", 0).put("hasMoreTotalItems", false);
    return response;
  }

  @GetMapping({"/decision-definitions/{key}", "/decision-definitions/{key}/xml", "/decision-requirements/{key}",
      "/decision-requirements/{key}/xml", "/decision-instances/{key}"})
  void decisionNotFound(@PathVariable String key) {
    throw new NotFoundException("Expected to find decision data with key " + key
        + ", but none was found: Kringloop's engine does not evaluate decisions yet");
  }

  @RequestMapping("/**")
  void unknown(jakarta.servlet.http.HttpServletRequest request) {
    throw new NotFoundException("No endpoint " + request.getMethod() + " " + request.getRequestURI()
        + " in Kringloop's Camunda 8 API (see docs/compatibility.md)");
  }
}
