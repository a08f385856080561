package nl.stedendriehoek.kringloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.PartitionBrokerRole;
import io.camunda.client.api.response.Topology;
import nl.stedendriehoek.kringloop.gateway.support.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopologyTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void shouldReportOneHealthyLeaderPartitionAndTheCamundaVersion(Transport transport) {
    // given
    var client = transport.client();

    // when
    Topology topology = client.newTopologyRequest().send().join();

    // then
    assertThat(topology.getGatewayVersion()).isEqualTo("8.8.14");
    assertThat(topology.getClusterSize()).isEqualTo(1);
    assertThat(topology.getPartitionsCount()).isEqualTo(1);
    assertThat(topology.getBrokers()).singleElement().satisfies(broker -> {
      assertThat(broker.getVersion()).isEqualTo("8.8.14");
      assertThat(broker.getPartitions()).singleElement().satisfies(partition -> {
        assertThat(partition.getPartitionId()).isEqualTo(1);
        assertThat(partition.getRole()).isEqualTo(PartitionBrokerRole.LEADER);
        assertThat(partition.getHealth()).isEqualTo(PartitionBrokerHealth.HEALTHY);
      });
    });
  }

  @org.junit.jupiter.api.Test
  void shouldAnswerStatusWhileTheEngineServes() {
    // when
    var status = Transport.REST.client().newStatusRequest().send().join();

    // then
    assertThat(status).isNotNull();
  }
}
