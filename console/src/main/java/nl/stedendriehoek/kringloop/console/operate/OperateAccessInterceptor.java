package nl.stedendriehoek.kringloop.console.operate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link OperateAccess} on the server for every {@code /operate} request, before any
 * controller runs: reading needs a reader's group, any POST an owner's. Refusals are 403.
 */
@Configuration(proxyBeanMethods = false)
class OperateAccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/operate", "/operate/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return false;
    }
    CurrentUser user = CurrentUser.of(authentication);
    boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    boolean allowed = reading ? OperateAccess.mayRead(user) : OperateAccess.mayChange(user);
    if (!allowed) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    request.setAttribute("operateMayChange", OperateAccess.mayChange(user));
    return true;
  }
}
