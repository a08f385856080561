package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.SignalBroadcastRequest;
import io.camunda.client.protocol.rest.SignalBroadcastResult;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.gateway.Keys;
import nl.stedendriehoek.kringloop.gateway.Tenants;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v2/signals/broadcast}. */
@RestController
class SignalController {

  private final EngineService engine;
  private final JsonBodies bodies;

  SignalController(EngineService engine, JsonBodies bodies) {
    this.engine = engine;
    this.bodies = bodies;
  }

  @PostMapping("/v2/signals/broadcast")
  SignalBroadcastResult broadcast(@RequestBody(required = false) byte[] body) {
    SignalBroadcastRequest request = bodies.read(body, SignalBroadcastRequest.class);
    Tenants.check(request.getTenantId());
    long key = engine.broadcastSignal(request.getSignalName(), request.getVariables());
    return new SignalBroadcastResult().signalKey(Keys.format(key)).tenantId(Tenants.DEFAULT);
  }
}
