package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stedendriehoek.kringloop.gateway.grpc.GrpcServer;
import nl.stedendriehoek.kringloop.gateway.management.ClockEndpoint;
import nl.stedendriehoek.kringloop.gateway.management.PurgeEndpoint;
import nl.stedendriehoek.kringloop.gateway.support.StandInEngineBeans;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** What the gateway registers, without starting an engine. */
class GatewayAutoConfigurationTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GatewayAutoConfiguration.class))
      .withUserConfiguration(StandInEngineBeans.class)
      .withPropertyValues("kringloop.gateway.grpc.port=0", "server.address=127.0.0.1");

  @Test
  void shouldNotServeClockOrPurgeEndpointsByDefault() {
    runner.run(context -> {
      // then
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(ClockEndpoint.class);
      assertThat(context).doesNotHaveBean(PurgeEndpoint.class);
    });
  }

  @Test
  void shouldServeClockAndPurgeEndpointsOnlyWhenTestEndpointsAreOn() {
    runner.withPropertyValues("kringloop.gateway.test-endpoints=true").run(context -> {
      // then
      assertThat(context).hasSingleBean(ClockEndpoint.class);
      assertThat(context).hasSingleBean(PurgeEndpoint.class);
    });
  }

  @Test
  void shouldBindGrpcToLoopbackOnTheZeebePortByDefault() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(GatewayAutoConfiguration.class))
        .withUserConfiguration(StandInEngineBeans.class)
        .withPropertyValues("kringloop.gateway.grpc.enabled=false", "server.address=127.0.0.1") // check the defaults without binding 26500
        .run(context -> {
      // then
      GatewayProperties properties = context.getBean(GatewayProperties.class);
      assertThat(properties.grpc().address()).isEqualTo("127.0.0.1");
      assertThat(properties.grpc().port()).isEqualTo(26500);
      assertThat(properties.testEndpoints()).isFalse();
    });
    runner.run(context -> assertThat(context).hasSingleBean(GrpcServer.class));
  }

  @Test
  void shouldStayOffWithoutAnEmbeddedEngine() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(GatewayAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(GrpcServer.class));
  }
}
