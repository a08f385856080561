package nl.stedendriehoek.kringloop.engine.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.AlreadyExistsException;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.api.MessageCorrelated;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.scheduling.DueWorkScheduler;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import nl.stedendriehoek.kringloop.engine.subscription.Deliveries;
import nl.stedendriehoek.kringloop.engine.subscription.Delivery;
import nl.stedendriehoek.kringloop.engine.subscription.Subscriptions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing and correlating messages. One transaction stores the message and queues it for the
 * subscriptions it matches, holding the lock of its name and correlation key (so a subscription
 * opened at the same time either is seen here or sees the message); right after commit each
 * subscriber gets it in its own transaction. Buffered messages expire by the engine clock.
 */
public final class MessageService implements DueWorkScheduler.DueWork {

  private static final int BATCH = 500;
  private static final Instant LAST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MessageService.class);

  private final TransactionTemplate tx;
  private final Subscriptions subscriptions;
  private final Deliveries deliveries;
  private final KeyGenerator keys;
  private final InstantSource clock;
  private final StateWriter writer;

  public MessageService(
      TransactionTemplate tx, Subscriptions subscriptions, Deliveries deliveries, KeyGenerator keys,
      InstantSource clock, StateWriter writer) {
    this.tx = tx;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.keys = keys;
    this.clock = clock;
    this.writer = writer;
  }

  private record Queued(long messageKey, List<Delivery> deliveries) {}

  /** Publishes a message; returns its key. */
  public long publish(String name, String correlationKey, Duration timeToLive, String messageId,
      Map<String, JsonNode> variables) {
    Duration ttl = timeToLive == null ? Duration.ZERO : timeToLive;
    if (ttl.isNegative()) {
      throw new InvalidArgumentException("Expected the time-to-live of message '" + name
          + "' to be zero or more, but got " + ttl.toMillis() + " ms");
    }
    Queued queued = queue(name, correlationKey, ttl, blankToNull(messageId), variables, false);
    deliveries.deliver(queued.deliveries());
    return queued.messageKey();
  }

  /**
   * Correlates a message now, without buffering it: to the subscriptions it matches, as publish
   * does; returns the first process instance it reached. {@link NotFoundException} when nothing
   * waits for it (then nothing is stored).
   */
  public MessageCorrelated correlate(String name, String correlationKey, Map<String, JsonNode> variables) {
    Queued queued = queue(name, correlationKey, Duration.ZERO, null, variables, true);
    List<Long> reached = deliveries.deliver(queued.deliveries());
    if (reached.isEmpty()) {
      throw notFound(name, correlationKey);
    }
    return new MessageCorrelated(queued.messageKey(), reached.get(0));
  }

  private Queued queue(String name, String correlationKey, Duration ttl, String messageId,
      Map<String, JsonNode> variables, boolean mustMatch) {
    if (name == null || name.isBlank()) {
      throw new InvalidArgumentException("Expected a message name, but got none");
    }
    String key = correlationKey == null ? "" : correlationKey;
    return tx.execute(status -> {
      Instant now = clock.instant();
      subscriptions.store().lockCorrelation(name, key);
      if (messageId != null && subscriptions.messages().isBuffered(name, key, messageId, now)) {
        throw new AlreadyExistsException("Expected to publish a new message with id '" + messageId
            + "', but a message with that id (name '" + name + "', correlation key '" + key
            + "') is still buffered");
      }
      expireDue(now);
      Message message = new Message(keys.nextKey(), name, key, messageId, variables, now, expiry(now, ttl),
          ttl.isZero() ? Message.State.PUBLISHED : Message.State.BUFFERED);
      subscriptions.messages().insert(message);
      List<Delivery> queued = subscriptions.queueMessage(message, now, keys::nextKey);
      if (mustMatch && queued.isEmpty()) {
        throw notFound(name, key);
      }
      writer.writeRecords(List.of(record(message, mustMatch ? "CORRELATING" : "PUBLISHED", now, queued.size())));
      return new Queued(message.key(), queued);
    });
  }

  /** {@code now + ttl}, but never past the last instant PostgreSQL and the client can represent well. */
  private static Instant expiry(Instant now, Duration ttl) {
    return ttl.compareTo(Duration.between(now, LAST_EXPIRY)) >= 0 ? LAST_EXPIRY : now.plus(ttl);
  }

  private static NotFoundException notFound(String name, String correlationKey) {
    return new NotFoundException("Expected to find a subscription for the message with name '" + name
        + "' and correlation key '" + (correlationKey == null ? "" : correlationKey) + "', but none was found");
  }

  /**
   * An instance ended: if a message start event created it with a correlation key, the oldest
   * message buffered meanwhile with that key (refused while it was active) starts the next one.
   * Called after commit; a failure is logged, the message stays buffered.
   */
  public void instanceEnded(long processInstanceKey) {
    try {
      List<Delivery> queued = tx.execute(status -> {
        var started = subscriptions.messages().messageStartOf(processInstanceKey);
        if (started.isEmpty()) {
          return List.<Delivery>of();
        }
        String bpmnProcessId = started.get()[0];
        String correlationKey = started.get()[1];
        Instant now = clock.instant();
        for (var subscription : subscriptions.store().openMessageStartEvents(bpmnProcessId)) {
          var buffered = subscriptions.messages()
              .oldestBufferedFor(subscription.eventName(), correlationKey, bpmnProcessId, now);
          if (buffered.isPresent()) {
            Delivery delivery = new Delivery(keys.nextKey(), subscription.key(), bpmnProcessId, null,
                buffered.get().key(), buffered.get().variables(), Delivery.State.PENDING);
            if (subscriptions.store().insertDelivery(delivery, now)) {
              return List.of(delivery);
            }
          }
        }
        return List.<Delivery>of();
      });
      deliveries.deliver(queued);
    } catch (RuntimeException e) {
      log.warn("Buffered messages for the message start events of ended process instance {} could not be"
          + " correlated; they stay buffered", processInstanceKey, e);
    }
  }

  /** Expires buffered messages whose time-to-live has ended (the scheduler's share). */
  @Override
  public int handle(Instant now) {
    int expired = 0;
    int batch;
    do {
      batch = tx.execute(status -> expireDue(now));
      expired += batch;
    } while (batch == BATCH);
    return expired;
  }

  private int expireDue(Instant now) {
    List<Message> expired = subscriptions.messages().expire(now, BATCH);
    writer.writeRecords(expired.stream().map(m -> record(m, "EXPIRED", now, 0)).toList());
    return expired.size();
  }

  @Override
  public Instant nextDue() {
    return subscriptions.messages().earliestExpiry().orElse(null);
  }

  private static RecordEntry record(Message m, String intent, Instant now, int subscriptions) {
    var payload = JsonNodeFactory.instance.objectNode()
        .put("name", m.name())
        .put("correlationKey", m.correlationKey())
        .put("timeToLive", Duration.between(m.publishedAt(), m.expiresAt()).toMillis())
        .put("deadline", m.expiresAt().toString())
        .put("subscriptions", subscriptions);
    if (m.messageId() != null) {
      payload.put("messageId", m.messageId());
    }
    return new RecordEntry(m.key(), "MESSAGE", intent, now, null, null, payload);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
