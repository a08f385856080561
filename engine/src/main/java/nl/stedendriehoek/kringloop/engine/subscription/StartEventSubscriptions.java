package nl.stedendriehoek.kringloop.engine.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;

/**
 * The message and signal start events of the latest version of each process: deploying a new
 * version closes the subscriptions of the previous one and opens its own (static names only);
 * deleting the latest version does the same for the version before it. Runs inside the
 * deployment's (or deletion's) transaction.
 */
public final class StartEventSubscriptions {

  private final SubscriptionStore store;
  private final StateWriter writer;

  public StartEventSubscriptions(SubscriptionStore store, StateWriter writer) {
    this.store = store;
    this.writer = writer;
  }

  /** A new version of {@code bpmnProcessId} was deployed with {@code process} as its root. */
  public void replace(long processDefinitionKey, String bpmnProcessId, ExecutableElement process, Instant now,
      LongSupplier keys) {
    List<RecordEntry> records = new ArrayList<>();
    store.closeStartEventSubscriptions(bpmnProcessId)
        .forEach(s -> records.add(Subscriptions.record(s, "DELETED", now)));
    for (ExecutableElement start : process.messageStartEvents()) {
      records.add(open(EventSubscription.Kind.MESSAGE, start.message().name().source(), processDefinitionKey,
          bpmnProcessId, start, now, keys));
    }
    for (ExecutableElement start : process.signalStartEvents()) {
      records.add(open(EventSubscription.Kind.SIGNAL, start.signal().name().source(), processDefinitionKey,
          bpmnProcessId, start, now, keys));
    }
    writer.writeRecords(records);
  }

  /** Closes the message and signal start subscriptions of {@code bpmnProcessId} (no version is left). */
  public void closeAll(String bpmnProcessId, Instant now) {
    List<RecordEntry> records = new ArrayList<>();
    store.closeStartEventSubscriptions(bpmnProcessId)
        .forEach(s -> records.add(Subscriptions.record(s, "DELETED", now)));
    writer.writeRecords(records);
  }

  private RecordEntry open(EventSubscription.Kind kind, String name, long processDefinitionKey, String bpmnProcessId,
      ExecutableElement start, Instant now, LongSupplier keys) {
    EventSubscription subscription = new EventSubscription(keys.getAsLong(), kind, name, null, processDefinitionKey,
        bpmnProcessId, null, null, start.id(), true, EventSubscription.State.OPEN, now);
    store.insert(subscription);
    return Subscriptions.record(subscription, "CREATED", now);
  }
}
