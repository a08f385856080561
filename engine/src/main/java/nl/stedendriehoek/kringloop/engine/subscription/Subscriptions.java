package nl.stedendriehoek.kringloop.engine.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import nl.stedendriehoek.kringloop.engine.execution.Execution;
import nl.stedendriehoek.kringloop.engine.message.Message;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.message.MessageStore;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine-wide part of message and signal subscriptions that every command can use: the
 * stores, choosing who a message or signal goes to, and waking the deliverer after a commit that
 * left deliveries pending (a signal thrown inside a process instance).
 */
public final class Subscriptions {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SubscriptionStore store;
  private final MessageStore messages;
  private volatile Runnable deliveriesWaiting = () -> {};
  private volatile EventSubProcessTrigger eventSubProcessTrigger = (scope, startEvent, variables, execution) -> {
    throw new IllegalStateException("The start event '" + startEvent.id() + "' of an event sub-process was"
        + " triggered in " + Execution.describe(scope) + ", but event sub-processes are not supported yet");
  };

  /**
   * What the message or signal start event of an event sub-process does when it is triggered: the
   * subscription belongs to {@code scope} (the instance of the process or sub-process that contains
   * the event sub-process); for an interrupting start event the subscription is already marked
   * correlated, a non-interrupting one stays open.
   */
  public interface EventSubProcessTrigger {
    void trigger(
        ElementInstance scope, ExecutableElement startEvent, Map<String, JsonNode> variables, Execution execution);
  }

  /** Sets what triggering an event sub-process's message or signal start event does. */
  public void onEventSubProcessTriggered(EventSubProcessTrigger trigger) {
    this.eventSubProcessTrigger = trigger;
  }

  public EventSubProcessTrigger eventSubProcessTrigger() {
    return eventSubProcessTrigger;
  }

  public Subscriptions(SubscriptionStore store, MessageStore messages) {
    this.store = store;
    this.messages = messages;
  }

  public SubscriptionStore store() {
    return store;
  }

  public MessageStore messages() {
    return messages;
  }

  /** Who carries out pending deliveries when {@link #deliverAfterCommit} asks (the scheduler). */
  public void onDeliveriesWaiting(Runnable listener) {
    this.deliveriesWaiting = listener;
  }

  /** After the current transaction commits, pending deliveries are carried out (by the scheduler). */
  public void deliverAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          deliveriesWaiting.run();
        }
      });
    }
  }

  /**
   * Queues a message for the open subscriptions it matches: per process (BPMN process id) the
   * oldest instance subscription with its name and correlation key, else a message start event.
   * A message reaches each process at most once. Call with the correlation lock held.
   */
  public List<Delivery> queueMessage(Message message, Instant now, LongSupplier keys) {
    List<Delivery> queued = new ArrayList<>();
    Set<String> processes = new HashSet<>();
    for (EventSubscription s : store.openFor(EventSubscription.Kind.MESSAGE, message.name(), message.correlationKey())) {
      if (!processes.add(s.bpmnProcessId())) {
        continue;
      }
      Delivery delivery = new Delivery(keys.getAsLong(), s.key(), s.bpmnProcessId(), s.processInstanceKey(),
          message.key(), message.variables(), Delivery.State.PENDING);
      if (store.insertDelivery(delivery, now)) {
        queued.add(delivery);
      }
    }
    return queued;
  }

  /** Queues a signal for every open subscription with its name (start events and instances alike). */
  public List<Delivery> queueSignal(String name, Map<String, JsonNode> variables, Instant now, LongSupplier keys) {
    List<Delivery> queued = new ArrayList<>();
    for (EventSubscription s : store.openFor(EventSubscription.Kind.SIGNAL, name, null)) {
      Delivery delivery = new Delivery(keys.getAsLong(), s.key(), s.bpmnProcessId(), s.processInstanceKey(), null,
          variables, Delivery.State.PENDING);
      store.insertDelivery(delivery, now);
      queued.add(delivery);
    }
    return queued;
  }

  /** The history record of a subscription's change ({@code CREATED}, {@code CORRELATED}, {@code DELETED}). */
  public static RecordEntry record(EventSubscription s, String intent, Instant now) {
    ObjectNode payload = NODES.objectNode()
        .put("messageName", s.eventName())
        .put("processDefinitionKey", s.processDefinitionKey())
        .put("bpmnProcessId", s.bpmnProcessId())
        .put("interrupting", s.interrupting());
    if (s.kind() == EventSubscription.Kind.SIGNAL) {
      payload.remove("messageName");
      payload.put("signalName", s.eventName());
    }
    if (s.correlationKey() != null) {
      payload.put("correlationKey", s.correlationKey());
    }
    if (s.elementInstanceKey() != null) {
      payload.put("elementInstanceKey", s.elementInstanceKey());
    }
    return new RecordEntry(s.key(), s.valueType(), intent, now, s.processInstanceKey(), s.targetElementId(), payload);
  }
}
