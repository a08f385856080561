package nl.stedendriehoek.kringloop.gateway.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.gateway.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clock endpoint Camunda Process Test drives ({@code increaseTime}, reset after each test),
 * shaped like Zeebe's {@code /actuator/clock}: GET answers {@code {epochMilli, instant}}, {@code
 * POST /pin {epochMilli}} and {@code POST /add {offsetMilli}} answer the new time, DELETE resets.
 * Only registered with {@code kringloop.gateway.test-endpoints=true}.
 */
@RestController
@RequestMapping("/actuator/clock")
public class ClockEndpoint {

  private final EngineClock clock;

  public ClockEndpoint(EngineClock clock) {
    this.clock = clock;
  }

  @GetMapping
  Map<String, Object> now() {
    Instant now = clock.instant();
    return Map.of("epochMilli", now.toEpochMilli(), "instant", now.toString());
  }

  @PostMapping("/pin")
  Map<String, Object> pin(@RequestBody JsonNode body) {
    clock.pin(Instant.ofEpochMilli(millis(body, "epochMilli")));
    return now();
  }

  @PostMapping("/add")
  Map<String, Object> add(@RequestBody JsonNode body) {
    clock.add(Duration.ofMillis(millis(body, "offsetMilli")));
    return now();
  }

  @DeleteMapping
  Map<String, Object> reset() {
    clock.reset();
    return now();
  }

  private static long millis(JsonNode body, String field) {
    JsonNode value = body == null ? null : body.get(field);
    if (value == null || !value.isIntegralNumber()) {
      throw new InvalidRequestException("Expected field '" + field + "' to be a number of milliseconds, but got "
          + value);
    }
    return value.asLong();
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidRequestException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
  }
}
