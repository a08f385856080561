package nl.stedendriehoek.kringloop.gateway.auth;

import nl.stedendriehoek.kringloop.gateway.GatewayProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * API authentication for both transports from {@code kringloop.gateway.auth.*}. With method
 * {@code none} the gateway refuses to start when gRPC listens beyond loopback; when the web server
 * does (the console has to be reachable), the REST API answers local callers only
 * ({@link LocalCallersOnly}).
 */
@Configuration(proxyBeanMethods = false)
public class ApiAuthentication {

  @Bean
  Authenticator gatewayAuthenticator(GatewayProperties properties) {
    GatewayProperties.Auth auth = properties.auth();
    return switch (auth.method()) {
      case NONE -> {
        if (properties.grpc().enabled()) {
          requireLoopback("Zeebe gRPC gateway (kringloop.gateway.grpc.address)", properties.grpc().address());
        }
        yield Authenticator.NONE;
      }
      case BASIC -> new BasicAuthenticator(auth.basic().users());
      case OIDC -> new JwtAuthenticator(auth.oidc().issuerUri(), auth.oidc().jwkSetUri(), auth.oidc().audience());
    };
  }

  @Bean
  FilterRegistrationBean<RestAuthentication> gatewayRestAuthentication(Authenticator authenticator) {
    FilterRegistrationBean<RestAuthentication> registration =
        new FilterRegistrationBean<>(new RestAuthentication(authenticator));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setEnabled(authenticator != Authenticator.NONE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LocalCallersOnly> gatewayLocalCallersOnly(Authenticator authenticator, Environment environment) {
    FilterRegistrationBean<LocalCallersOnly> registration = new FilterRegistrationBean<>(new LocalCallersOnly());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setEnabled(authenticator == Authenticator.NONE
        && !Loopback.is(environment.getProperty("server.address", "0.0.0.0")));
    return registration;
  }

  @Bean
  GrpcAuthentication gatewayGrpcAuthentication(Authenticator authenticator) {
    return new GrpcAuthentication(authenticator);
  }

  private static void requireLoopback(String what, String address) {
    if (!Loopback.is(address)) {
      throw new UnauthenticatedExposureException(what, address);
    }
  }
}
