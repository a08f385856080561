package nl.stedendriehoek.kringloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.gateway.GatewayAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Without authentication, the gateway listens on loopback or does not start at all. */
class ExposureRefusalTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GatewayAutoConfiguration.class))
      .withUserConfiguration(EngineBeans.class)
      .withPropertyValues("kringloop.gateway.grpc.port=0");

  @Test
  void shouldRefuseToStartWhenRestIsNotOnLoopbackAndAuthenticationIsOff() {
    runner.withPropertyValues("server.address=0.0.0.0").run(context -> {
      // then
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(UnauthenticatedExposureException.class)
          .hasMessageContaining("server.address").hasMessageContaining("0.0.0.0");
      FailureAnalysis analysis = new UnauthenticatedExposureFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getAction()).contains("kringloop.gateway.auth.method=basic");
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

  @Configuration(proxyBeanMethods = false)
  static class EngineBeans {
    @Bean
    EngineService engineService() {
      return mock(EngineService.class);
    }

    @Bean
    EngineQueries engineQueries() {
      return mock(EngineQueries.class);
    }

    @Bean
    EngineSearches engineSearches() {
      return mock(EngineSearches.class);
    }

    @Bean
    DecisionEvaluations decisionEvaluations() {
      return mock(DecisionEvaluations.class);
    }

    @Bean
    EngineClock engineClock() {
      return new EngineClock();
    }

    @Bean
    KringloopEngine kringloopEngine() {
      return mock(KringloopEngine.class);
    }

    @Bean
    DataSource dataSource() {
      return mock(DataSource.class);
    }
  }
}
