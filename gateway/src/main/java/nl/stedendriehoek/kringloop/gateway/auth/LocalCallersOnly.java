package nl.stedendriehoek.kringloop.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With authentication off ({@code kringloop.gateway.auth.method=none}) while the web server
 * listens beyond loopback (the console must be reachable, e.g. in the container image), the
 * Camunda 8 API ({@code /v2/**} and the test endpoints) still answers only callers on this
 * machine: the app's own workers and console. A request from another address, or one that came
 * through a proxy ({@code Forwarded}, {@code X-Forwarded-For}), is refused with a 403 problem
 * detail saying how to open the API.
 */
final class LocalCallersOnly extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ApiPaths.isApi(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isLocal(request)) {
      chain.doFilter(request, response);
      return;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", "FORBIDDEN");
    problem.put("status", 403);
    problem.put("detail", "The Camunda 8 API of this Kringloop answers only callers on its own machine, because"
        + " kringloop.gateway.auth.method is none; set it to basic or oidc to open the API to other machines");
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  static boolean isLocal(HttpServletRequest request) {
    return Loopback.is(request.getRemoteAddr()) && request.getHeader("Forwarded") == null
        && request.getHeader("X-Forwarded-For") == null;
  }
}
