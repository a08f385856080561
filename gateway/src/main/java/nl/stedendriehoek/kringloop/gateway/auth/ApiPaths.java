package nl.stedendriehoek.kringloop.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;

/** The paths of the Camunda 8 API that the gateway guards: {@code /v2/**} and the test endpoints. */
final class ApiPaths {

  private ApiPaths() {}

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/v2/") || path.equals("/v2") || path.startsWith("/actuator/clock")
        || path.startsWith("/actuator/cluster");
  }
}
