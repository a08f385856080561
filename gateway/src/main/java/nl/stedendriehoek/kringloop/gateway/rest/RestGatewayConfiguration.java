package nl.stedendriehoek.kringloop.gateway.rest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The REST {@code /v2} controllers, on the application's servlet server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({TopologyController.class, DeploymentController.class, ResourceController.class, ProcessInstanceController.class,
    JobController.class, UserTaskController.class, IncidentController.class, VariableController.class,
    ElementInstanceController.class, ProcessDefinitionController.class, DecisionController.class,
    DecisionInstanceController.class,
    ClockController.class, MessageController.class, SignalController.class, UnknownPathController.class,
    RestErrors.class})
public class RestGatewayConfiguration {

  @Bean
  JsonBodies gatewayJsonBodies() {
    return new JsonBodies();
  }

  @Bean
  InMemorySearch gatewayInMemorySearch(JsonBodies bodies) {
    return new InMemorySearch(bodies.mapper());
  }
}
