package nl.stedendriehoek.kringloop.gateway;

import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.engine.EngineAutoConfiguration;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.gateway.auth.ApiAuthentication;
import nl.stedendriehoek.kringloop.gateway.grpc.GrpcGatewayConfiguration;
import nl.stedendriehoek.kringloop.gateway.management.ClockEndpoint;
import nl.stedendriehoek.kringloop.gateway.management.EngineDataPurge;
import nl.stedendriehoek.kringloop.gateway.management.PurgeEndpoint;
import nl.stedendriehoek.kringloop.gateway.rest.RestGatewayConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Serves the embedded engine as a Camunda 8 cluster: REST {@code /v2} on the application's HTTP
 * server and the Zeebe gRPC gateway on its own port, both over the same {@link EngineService}.
 * Off when the engine is off ({@code kringloop.engine.enabled=false}, e.g. against a real cluster).
 */
@AutoConfiguration(after = EngineAutoConfiguration.class)
@ConditionalOnBean(EngineService.class)
@EnableConfigurationProperties(GatewayProperties.class)
@Import({ApiAuthentication.class, RestGatewayConfiguration.class, GrpcGatewayConfiguration.class,
    GatewayAutoConfiguration.TestEndpoints.class})
public class GatewayAutoConfiguration {

  @Bean
  GatewayTopology gatewayTopology() {
    return new GatewayTopology();
  }

  @Bean
  ExposureWarning gatewayExposureWarning(GatewayProperties properties) {
    return new ExposureWarning(properties);
  }

  @Bean
  JobActivation jobActivation(EngineService engine) {
    return new JobActivation(engine);
  }

  /** Clock and purge for Camunda Process Test: only when asked for, never in production. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "kringloop.gateway.test-endpoints", havingValue = "true")
  @Import({ClockEndpoint.class, PurgeEndpoint.class})
  static class TestEndpoints {

    @Bean
    EngineDataPurge engineDataPurge(DataSource dataSource, KringloopEngine engine) {
      return new EngineDataPurge(dataSource, engine);
    }
  }
}
