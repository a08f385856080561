package nl.stedendriehoek.kringloop.gateway.rest;

import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every {@code /v2} path Kringloop does not serve is a 404 problem, never an HTML error page.
 */
@RestController
@RequestMapping("/v2")
class UnknownPathController {

  @RequestMapping("/**")
  void unknown(jakarta.servlet.http.HttpServletRequest request) {
    throw new NotFoundException("No endpoint " + request.getMethod() + " " + request.getRequestURI()
        + " in Kringloop's Camunda 8 API (see docs/compatibility.md)");
  }
}
