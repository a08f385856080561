package nl.stedendriehoek.kringloop.engine.signal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.InvalidArgumentException;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import nl.stedendriehoek.kringloop.engine.subscription.Deliveries;
import nl.stedendriehoek.kringloop.engine.subscription.Delivery;
import nl.stedendriehoek.kringloop.engine.subscription.Subscriptions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Broadcasting a signal: one transaction queues it for every open signal subscription (start
 * events and waiting instances); right after commit each gets it in its own transaction. Signals
 * are not buffered: what subscribes later does not see it.
 */
public final class SignalService {

  private final TransactionTemplate tx;
  private final Subscriptions subscriptions;
  private final Deliveries deliveries;
  private final KeyGenerator keys;
  private final InstantSource clock;
  private final StateWriter writer;

  public SignalService(
      TransactionTemplate tx, Subscriptions subscriptions, Deliveries deliveries, KeyGenerator keys,
      InstantSource clock, StateWriter writer) {
    this.tx = tx;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.keys = keys;
    this.clock = clock;
    this.writer = writer;
  }

  private record Queued(long signalKey, List<Delivery> deliveries) {}

  /** Broadcasts a signal; returns its key. */
  public long broadcast(String name, Map<String, JsonNode> variables) {
    if (name == null || name.isBlank()) {
      throw new InvalidArgumentException("Expected a signal name, but got none");
    }
    Queued queued = tx.execute(status -> {
      Instant now = clock.instant();
      long key = keys.nextKey();
      List<Delivery> queuedNow = subscriptions.queueSignal(name, variables, now, keys::nextKey);
      writer.writeRecords(List.of(new RecordEntry(key, "SIGNAL", "BROADCASTED", now, null, null,
          JsonNodeFactory.instance.objectNode().put("signalName", name).put("subscriptions", queuedNow.size()))));
      return new Queued(key, queuedNow);
    });
    deliveries.deliver(queued.deliveries());
    return queued.signalKey();
  }
}
