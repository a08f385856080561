package nl.stedendriehoek.kringloop.gateway.grpc;

import io.grpc.ServerInterceptors;
import nl.stedendriehoek.kringloop.engine.decision.DecisionEvaluations;
import nl.stedendriehoek.kringloop.gateway.auth.GrpcAuthentication;

import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.gateway.GatewayProperties;
import nl.stedendriehoek.kringloop.gateway.JobActivation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Zeebe gRPC gateway on {@code kringloop.gateway.grpc.address:port} (127.0.0.1:26500 by default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kringloop.gateway.grpc.enabled", havingValue = "true", matchIfMissing = true)
public class GrpcGatewayConfiguration {

  @Bean(destroyMethod = "close")
  JobStreams gatewayJobStreams(JobActivation activation) {
    return new JobStreams(activation);
  }

  @Bean
  GatewayGrpcService gatewayGrpcService(
      EngineService engine, EngineQueries queries, JobActivation activation, JobStreams streams,
      ObjectProvider<GrpcServer> server, DecisionEvaluations decisions) {
    return new GatewayGrpcService(engine, queries, activation, streams, () -> server.getObject().port(), decisions);
  }

  @Bean
  GrpcServer gatewayGrpcServer(
      GatewayProperties properties, GatewayGrpcService service, GrpcAuthentication authentication) {
    return new GrpcServer(properties.grpc().address(), properties.grpc().port(),
        ServerInterceptors.intercept(service, authentication));
  }
}
