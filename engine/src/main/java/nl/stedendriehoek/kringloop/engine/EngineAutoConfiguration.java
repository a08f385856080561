package nl.stedendriehoek.kringloop.engine;

import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.MessageSubscriptionQueries;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;
import nl.stedendriehoek.kringloop.engine.query.EngineSearches;
import nl.stedendriehoek.kringloop.engine.state.EngineSchemaConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Wires the embedded engine from a DataSource: the app picks this up by auto-configuration.
 * Disable it (e.g. in the {@code camunda8} profile) with {@code kringloop.engine.enabled=false}.
 */
@AutoConfiguration(after = EngineSchemaConfiguration.class)
@ConditionalOnProperty(
    name = "kringloop.engine.enabled", havingValue = "true", matchIfMissing = true)
public class EngineAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  EngineClock engineClock() {
    return new EngineClock();
  }

  /** Depends on the Flyway bean so the schema exists before the engine starts its scheduler. */
  @Bean(destroyMethod = "close")
  KringloopEngine kringloopEngine(
      DataSource dataSource, EngineClock clock, Flyway engineFlyway,
      @Value("${kringloop.engine.max-variable-document-bytes:4194304}") int maxVariableDocumentBytes) {
    return KringloopEngine.start(dataSource, clock, maxVariableDocumentBytes);
  }

  @Bean
  EngineService engineService(KringloopEngine engine) {
    return engine.service();
  }

  @Bean
  EngineQueries engineQueries(KringloopEngine engine) {
    return engine.queries();
  }

  @Bean
  MessageSubscriptionQueries messageSubscriptionQueries(KringloopEngine engine) {
    return engine.messageSubscriptions();
  }

  @Bean
  EngineSearches engineSearches(KringloopEngine engine) {
    return engine.searches();
  }

  @Bean
  DecisionEvaluations decisionEvaluations(KringloopEngine engine) {
    return engine.decisionEvaluations();
  }
}
