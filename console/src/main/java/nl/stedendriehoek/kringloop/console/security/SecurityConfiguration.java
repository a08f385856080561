package nl.stedendriehoek.kringloop.console.security;

import java.time.Duration;
import nl.stedendriehoek.kringloop.workers.participant.ParticipantRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what over HTTP.
 *
 * <ul>
 *   <li>The engine's API ({@code /v2/**}) and its test/management endpoints are open and
 *       CSRF-exempt: the workers and the console call them on the same port without credentials.
 *       The server listens on loopback by default ({@code server.address=127.0.0.1}), which is
 *       what protects them until API authentication lands; do not expose the port without it.
 *   <li>The console: the start page, the accessibility statement, the login page, the bundled
 *       assets and health are public; everything else needs a login (form login against the
 *       participants, or OIDC when a client registration is configured), with CSRF protection, a
 *       session timeout and strict security headers (a CSP that allows this origin's assets only).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain engineApi(HttpSecurity http) throws Exception {
    http.securityMatcher("/v2/**", "/actuator/clock/**", "/actuator/cluster/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain console(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
      ParticipantRepository participants)
      throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/toegankelijkheid", "/login", "/error", "/favicon.ico").permitAll()
            .requestMatchers("/vendor/**", "/console/**").permitAll()
            .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage("/login")
            .defaultSuccessUrl("/tasklist", false)
            .failureUrl("/login?fout")
            .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld").permitAll())
        .sessionManagement(session -> session.invalidSessionUrl("/login?verlopen"))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(frame -> frame.deny()));
    if (oidcRegistrations.getIfAvailable() != null) {
      http.oauth2Login(oidc -> oidc
          .loginPage("/login")
          .defaultSuccessUrl("/tasklist", false)
          .failureUrl("/login?fout")
          .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new ParticipantOidcUserService(participants))));
    }
    return http.build();
  }

  /** Idle sessions end after {@code kringloop.console.session-timeout} (default 30 minutes). */
  @Bean
  WebServerFactoryCustomizer<AbstractServletWebServerFactory> consoleSessionTimeout(
      @Value("${kringloop.console.session-timeout:PT30M}") Duration timeout) {
    return factory -> factory.getSession().setTimeout(timeout);
  }
}
