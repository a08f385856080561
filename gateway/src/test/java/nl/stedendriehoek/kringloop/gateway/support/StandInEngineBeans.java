package nl.stedendriehoek.kringloop.gateway.support;

import static org.mockito.Mockito.mock;

import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.MessageSubscriptionQueries;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stand-ins for the engine's beans, for tests that check only how the gateway wires itself
 * (which beans, endpoints and filters exist); nothing is ever called on them. Every other gateway
 * test runs against a real engine on PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
public class StandInEngineBeans {

  @Bean
  EngineService engineService() {
    return mock(EngineService.class);
  }

  @Bean
  EngineQueries engineQueries() {
    return mock(EngineQueries.class);
  }

  @Bean
  MessageSubscriptionQueries messageSubscriptionQueries() {
    return mock(MessageSubscriptionQueries.class);
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
