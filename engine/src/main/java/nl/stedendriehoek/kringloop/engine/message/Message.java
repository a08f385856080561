package nl.stedendriehoek.kringloop.engine.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * A published message. BUFFERED while its time-to-live runs (it can still correlate to
 * subscriptions opened later), EXPIRED afterwards; PUBLISHED when it had no time-to-live (it
 * reached only what was waiting at that moment).
 *
 * @param correlationKey empty (never null) when published without one
 */
public record Message(
    long key, String name, String correlationKey, String messageId, Map<String, JsonNode> variables,
    Instant publishedAt, Instant expiresAt, State state) {

  public enum State {
    PUBLISHED,
    BUFFERED,
    EXPIRED
  }
}
