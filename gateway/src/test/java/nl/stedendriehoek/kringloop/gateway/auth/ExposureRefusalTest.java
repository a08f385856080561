package nl.stedendriehoek.kringloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stedendriehoek.kringloop.gateway.GatewayAutoConfiguration;
import nl.stedendriehoek.kringloop.gateway.support.StandInEngineBeans;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Without authentication, gRPC listens on loopback or does not start, and REST answers local callers only. */
class ExposureRefusalTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GatewayAutoConfiguration.class))
      .withUserConfiguration(StandInEngineBeans.class)
      .withPropertyValues("kringloop.gateway.grpc.port=0");

  @Test
  void shouldServeRestToLocalCallersOnlyWhenTheServerIsExposedAndAuthenticationIsOff() {
    runner.withPropertyValues("server.address=0.0.0.0").run(context -> {
      // then
      assertThat(context).hasNotFailed();
      assertThat(context.getBean("gatewayLocalCallersOnly", FilterRegistrationBean.class).isEnabled()).isTrue();
      assertThat(context.getBean("gatewayRestAuthentication", FilterRegistrationBean.class).isEnabled()).isFalse();
    });
  }

  @Test
  void shouldNotRestrictCallersWhenTheServerListensOnLoopback() {
    runner.withPropertyValues("server.address=127.0.0.1").run(context -> {
      // then
      assertThat(context.getBean("gatewayLocalCallersOnly", FilterRegistrationBean.class).isEnabled()).isFalse();
    });
  }

  @Test
  void shouldRefuseToStartWhenGrpcIsNotOnLoopbackAndAuthenticationIsOff() {
    runner.withPropertyValues("server.address=127.0.0.1", "kringloop.gateway.grpc.address=0.0.0.0").run(context -> {
      // then
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(UnauthenticatedExposureException.class)
          .hasMessageContaining("gRPC");
    });
  }

  @Test
  void shouldStartExposedWithBasicAuthentication() {
    runner.withPropertyValues("server.address=0.0.0.0", "kringloop.gateway.grpc.address=127.0.0.1",
        "kringloop.gateway.auth.method=basic",
        "kringloop.gateway.auth.basic.users.worker=" + new BCryptPasswordEncoder().encode("pw")).run(context -> {
      // then
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(Authenticator.class)).isInstanceOf(BasicAuthenticator.class);
    });
  }

  @Test
  void shouldRefuseAPlainPasswordInPlaceOfABCryptHash() {
    runner.withPropertyValues("server.address=127.0.0.1", "kringloop.gateway.auth.method=basic",
        "kringloop.gateway.auth.basic.users.worker=plain-password").run(context -> {
      // then
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("must be a BCrypt hash");
    });
  }
}
