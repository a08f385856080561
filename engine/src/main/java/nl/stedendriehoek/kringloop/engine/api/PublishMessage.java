package nl.stedendriehoek.kringloop.engine.api;

import java.time.Duration;
import java.util.Map;

/**
 * A message to publish (or, with {@link EngineService#correlateMessage}, to correlate at once).
 *
 * @param correlationKey null or empty: none (only message start events can take it then)
 * @param timeToLive how long the message stays buffered for subscriptions opened later; null or
 *     zero: not buffered
 * @param messageId optional; while a message with the same name, correlation key and id is
 *     buffered, publishing it again is refused
 */
public record PublishMessage(
    String name, String correlationKey, Duration timeToLive, String messageId, Map<String, Object> variables) {}
