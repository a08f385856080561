package nl.stedendriehoek.kringloop.engine.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.execution.CommandRunner;
import nl.stedendriehoek.kringloop.engine.message.Message;
import nl.stedendriehoek.kringloop.engine.message.MessageStore;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.scheduling.DueWorkScheduler;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out pending deliveries, each in the subscriber's own transaction: on a process instance
 * (locked, the subscription and its owner re-checked) or, for a start event, by creating an
 * instance. The publisher calls it right after its commit; the scheduler calls it for what is left
 * (after a crash, or for signals thrown inside an instance). A delivery that is no longer pending
 * is skipped, so running one twice changes nothing.
 */
public final class Deliveries implements DueWorkScheduler.DueWork {

  private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
  private static final int BATCH = 500;

  private final TransactionTemplate tx;
  private final SubscriptionStore store;
  private final MessageStore messages;
  private final CommandRunner runner;
  private final ProcessDefinitions definitions;

  public Deliveries(
      TransactionTemplate tx, SubscriptionStore store, MessageStore messages, CommandRunner runner,
      ProcessDefinitions definitions) {
    this.tx = tx;
    this.store = store;
    this.messages = messages;
    this.runner = runner;
    this.definitions = definitions;
  }

  /** Carries out {@code deliveries}; returns the process instances they reached, in order. */
  public List<Long> deliver(List<Delivery> deliveries) {
    List<Long> reached = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      Long instance = deliver(delivery);
      if (instance != null) {
        reached.add(instance);
      }
    }
    return reached;
  }

  /** The instance the delivery reached (or had reached already), or null when it was rejected. */
  private Long deliver(Delivery delivery) {
    Long reached = delivery.processInstanceKey() == null ? startInstance(delivery) : onInstance(delivery);
    if (reached != null) {
      return reached;
    }
    return store.delivery(delivery.key()).filter(d -> d.state() == Delivery.State.DONE)
        .map(Delivery::processInstanceKey).orElse(null);
  }

  private Long onInstance(Delivery delivery) {
    long instance = delivery.processInstanceKey();
    try {
      return runner.onInstance(Target.PROCESS_INSTANCE, instance,
          () -> new NotFoundException("process instance " + instance + " is gone"), execution -> {
            if (store.lockPending(delivery.key()).isEmpty()) {
              return null;
            }
            boolean done = execution.catchEvents().deliver(delivery.subscriptionKey(), delivery.variables());
            store.finish(delivery.key(), done ? Delivery.State.DONE : Delivery.State.REJECTED, null);
            return done ? instance : null;
          });
    } catch (NotFoundException e) {
      reject(delivery);
      return null;
    }
  }

  /**
   * A message or signal start event: creates an instance with the variables, unless the
   * subscription was closed meanwhile (a newer version was deployed, or this one deleted) or, for a
   * message with a correlation key, an instance that a message with that key started is still
   * active. A definition deleted meanwhile rejects the delivery instead of leaving it pending.
   */
  private Long startInstance(Delivery delivery) {
    EventSubscription subscription = store.get(delivery.subscriptionKey()).orElseThrow();
    String correlationKey = Optional.ofNullable(delivery.messageKey()).flatMap(messages::get)
        .map(Message::correlationKey).orElse("");
    try {
      DeployedProcess process = definitions.byKey(subscription.processDefinitionKey());
      ExecutableElement startEvent = process.graph().element(subscription.targetElementId());
      return runner.startIf(process, startEvent, delivery.variables(),
          () -> mayStart(delivery, subscription, correlationKey), instance -> {
            store.finish(delivery.key(), Delivery.State.DONE, instance);
            if (!correlationKey.isEmpty()) {
              messages.recordMessageStart(instance, subscription.bpmnProcessId(), correlationKey);
            }
          });
    } catch (NotFoundException e) {
      reject(delivery);
      return null;
    }
  }

  private boolean mayStart(Delivery delivery, EventSubscription subscription, String correlationKey) {
    if (store.lockPending(delivery.key()).isEmpty()) {
      return false;
    }
    boolean open = store.get(subscription.key()).map(EventSubscription::isOpen).orElse(false);
    if (open && !correlationKey.isEmpty()) {
      store.lockMessageStart(subscription.bpmnProcessId(), correlationKey);
      open = !messages.hasActiveMessageStartedInstance(subscription.bpmnProcessId(), correlationKey);
    }
    if (!open) {
      store.finish(delivery.key(), Delivery.State.REJECTED, null);
    }
    return open;
  }

  private void reject(Delivery delivery) {
    tx.executeWithoutResult(status -> store.lockPending(delivery.key())
        .ifPresent(d -> store.finish(d.key(), Delivery.State.REJECTED, null)));
  }

  /** The scheduler's share: whatever is still pending (the engine stopped, or a signal was thrown). */
  @Override
  public int handle(Instant now) {
    int handled = 0;
    List<Delivery> pending;
    do {
      pending = store.pending(BATCH);
      int before = handled;
      for (Delivery delivery : pending) {
        try {
          deliver(delivery);
          handled++;
        } catch (RuntimeException e) {
          log.warn("Delivery {} to subscription {} failed; it stays pending", delivery.key(),
              delivery.subscriptionKey(), e);
        }
      }
      if (handled == before) {
        break;
      }
    } while (pending.size() == BATCH);
    return handled;
  }

  /** Pending deliveries are handled on every pass (and the pass is woken after they are written). */
  @Override
  public Instant nextDue() {
    return null;
  }
}
