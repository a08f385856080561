package nl.stedendriehoek.kringloop.gateway.management;

import java.util.Map;
import nl.stedendriehoek.kringloop.gateway.GatewayTopology;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /actuator/cluster/purge}: deletes all engine data, as Camunda Process Test asks
 * after each test, and answers {@code {changeId}}; the topology then reports it as the last
 * completed change. Only registered with {@code kringloop.gateway.test-endpoints=true}.
 */
@RestController
public class PurgeEndpoint {

  private final EngineDataPurge purge;
  private final GatewayTopology topology;

  public PurgeEndpoint(EngineDataPurge purge, GatewayTopology topology) {
    this.purge = purge;
    this.topology = topology;
  }

  @PostMapping("/actuator/cluster/purge")
  synchronized ResponseEntity<Map<String, Object>> purge() {
    purge.purge();
    long changeId = topology.completeChange();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("changeId", changeId, "status", "COMPLETED"));
  }
}
