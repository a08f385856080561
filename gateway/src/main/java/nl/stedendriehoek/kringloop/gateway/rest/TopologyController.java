package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.BrokerInfo;
import io.camunda.client.protocol.rest.Partition;
import io.camunda.client.protocol.rest.TopologyResponse;
import java.util.List;
import nl.stedendriehoek.kringloop.gateway.GatewayTopology;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v2/topology} and {@code GET /v2/status}: one broker, partition 1 leader and healthy. */
@RestController
@RequestMapping("/v2")
class TopologyController {

  private final GatewayTopology topology;

  TopologyController(GatewayTopology topology) {
    this.topology = topology;
  }

  @GetMapping("/topology")
  TopologyResponse topology(jakarta.servlet.http.HttpServletRequest request) {
    Partition partition = new Partition()
        .partitionId(GatewayTopology.PARTITION_ID)
        .role(Partition.RoleEnum.LEADER)
        .health(Partition.HealthEnum.HEALTHY);
    BrokerInfo broker = new BrokerInfo()
        .nodeId(0)
        .host(request.getLocalName())
        .port(request.getLocalPort())
        .version(GatewayTopology.VERSION)
        .partitions(List.of(partition));
    return new TopologyResponse()
        .brokers(List.of(broker))
        .clusterSize(1)
        .partitionsCount(1)
        .replicationFactor(1)
        .gatewayVersion(GatewayTopology.VERSION)
        .lastCompletedChangeId(Long.toString(topology.lastCompletedChangeId()));
  }

  /** 204 while the engine serves requests, as Camunda answers when a partition has a healthy leader. */
  @GetMapping("/status")
  ResponseEntity<Void> status() {
    return ResponseEntity.noContent().build();
  }
}
