package nl.stedendriehoek.kringloop.gateway.rest;

import io.camunda.client.protocol.rest.ClockPinRequest;
import java.time.Instant;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.gateway.GatewayProperties;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /v2/clock} (pin) and {@code POST /v2/clock/reset}. Like Camunda, only when the clock
 * is controllable ({@code kringloop.gateway.test-endpoints=true}); otherwise 403.
 */
@RestController
@RequestMapping("/v2/clock")
class ClockController {

  private final EngineClock clock;
  private final JsonBodies bodies;
  private final boolean controllable;

  ClockController(EngineClock clock, JsonBodies bodies, GatewayProperties properties) {
    this.clock = clock;
    this.bodies = bodies;
    this.controllable = properties.testEndpoints();
  }

  @PutMapping
  ResponseEntity<?> pin(@RequestBody(required = false) byte[] body, jakarta.servlet.http.HttpServletRequest request) {
    if (!controllable) {
      return forbidden(request);
    }
    clock.pin(timestamp(bodies.read(body, ClockPinRequest.class)));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/reset")
  ResponseEntity<?> reset(jakarta.servlet.http.HttpServletRequest request) {
    if (!controllable) {
      return forbidden(request);
    }
    clock.reset();
    return ResponseEntity.noContent().build();
  }

  static ResponseEntity<?> forbidden(jakarta.servlet.http.HttpServletRequest request) {
    return RestErrors.problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "The engine clock is not controllable; start "
        + "Kringloop with kringloop.gateway.test-endpoints=true (tests only)", request);
  }

  static Instant timestamp(ClockPinRequest pin) {
    if (pin.getTimestamp() == null) {
      throw new InvalidRequestException("Expected field 'timestamp' (epoch milliseconds) to be given, but it is missing");
    }
    return Instant.ofEpochMilli(pin.getTimestamp());
  }
}
