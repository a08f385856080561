package nl.stedendriehoek.kringloop.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to the Camunda 8 API ({@code /v2/**}) and the test endpoints; a
 * refusal is a 401 problem detail with a {@code WWW-Authenticate} challenge, before any
 * controller runs. Health and the console are not this filter's business.
 */
final class RestAuthentication extends OncePerRequestFilter {

  private final Authenticator authenticator;
  private final ObjectMapper json = new ObjectMapper();

  RestAuthentication(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ApiPaths.isApi(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
    } catch (AuthenticationException e) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", "UNAUTHENTICATED");
      problem.put("status", 401);
      problem.put("detail", e.getMessage());
      problem.put("instance", request.getRequestURI());
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, authenticator.challenge());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(request, response);
  }
}
