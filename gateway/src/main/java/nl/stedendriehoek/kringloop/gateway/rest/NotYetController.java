package nl.stedendriehoek.kringloop.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.gateway.NotSupportedYetException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the engine does not have yet: messages and signals. Commands answer 501 with a problem
 * saying so; searches answer truthfully with no items (there are no subscriptions), so Camunda
 * Process Test's "not waiting for a message" holds. Every other
 * unknown {@code /v2} path is a 404 problem, never an HTML error page.
 */
@RestController
@RequestMapping("/v2")
class NotYetController {

  private final JsonBodies bodies;

  NotYetController(JsonBodies bodies) {
    this.bodies = bodies;
  }

  @PostMapping("/messages/publication")
  void publishMessage() {
    throw new NotSupportedYetException("Publishing a message");
  }

  @PostMapping("/messages/correlation")
  void correlateMessage() {
    throw new NotSupportedYetException("Correlating a message");
  }

  @PostMapping("/signals/broadcast")
  void broadcastSignal() {
    throw new NotSupportedYetException("Broadcasting a signal");
  }

  @PostMapping({"/message-subscriptions/search", "/correlated-message-subscriptions/search"})
  ObjectNode emptySearch(@RequestBody(required = false) byte[] body) {
    SearchQuery.parse(bodies.tree(body));
    ObjectNode response = bodies.mapper().createObjectNode();
    response.putArray("items");
    response.putObject("page").put("totalItems", 0).put("hasMoreTotalItems", false);
    return response;
  }

  @RequestMapping("/**")
  void unknown(jakarta.servlet.http.HttpServletRequest request) {
    throw new NotFoundException("No endpoint " + request.getMethod() + " " + request.getRequestURI()
        + " in Kringloop's Camunda 8 API (see docs/compatibility.md)");
  }
}
