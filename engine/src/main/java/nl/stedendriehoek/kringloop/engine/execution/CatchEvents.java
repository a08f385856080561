package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.feel.Expression;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.SequenceFlow;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.subscription.Delivery;
import nl.stedendriehoek.kringloop.engine.subscription.EventSubscription;
import nl.stedendriehoek.kringloop.engine.subscription.SubscriptionStore;
import nl.stedendriehoek.kringloop.engine.subscription.Subscriptions;

/**
 * Message and signal subscriptions of one command's instance: opened when a catch event, receive
 * task, event-based gateway or an activity with message/signal boundary events is activated,
 * closed when that element instance is left, and correlated when a delivery (or a buffered
 * message found on opening) arrives. Everything re-checks the element instance under the instance
 * lock, so a stale delivery changes nothing.
 *
 * <p>{@link #open(ElementInstance, ExecutableElement)} is generic: any element instance can own a
 * subscription that triggers any message or signal event (e.g. the start event of an event
 * sub-process owned by its enclosing scope); what triggering means is decided by the target's type.
 */
public final class CatchEvents {

  private final Execution execution;
  /** Event-based gateways won in this command: gateway key → the catch event that won. */
  private final Map<Long, String> gatewayWinners = new HashMap<>();
  /** Catch events after a won gateway, triggered before they exist: "flow scope key/element id" → variables. */
  private final Map<String, Map<String, JsonNode>> alreadyTriggered = new HashMap<>();
  /** Owners that reserved a buffered message for an interrupting target in this command: they take no second. */
  private final Set<Long> interruptedByBufferedMessage = new HashSet<>();

  CatchEvents(Execution execution) {
    this.execution = execution;
  }

  private Subscriptions subscriptions() {
    return execution.engine().subscriptions();
  }

  private SubscriptionStore store() {
    return subscriptions().store();
  }

  /**
   * Opens a subscription owned by {@code owner} for the message or signal of {@code target}
   * (names and correlation key evaluated in the owner's variables). A buffered message that
   * matches is reserved at once and correlated right after the current step. False after raising
   * an incident on {@code owner} (a name or key that is not a string).
   */
  public boolean open(ElementInstance owner, ExecutableElement target) {
    boolean message = target.message() != null;
    String name = text(owner, target, message ? target.message().name() : target.signal().name(),
        message ? "message name" : "signal name", false);
    String correlationKey = !message || name == null ? null
        : text(owner, target, target.message().correlationKey(), "correlation key", true);
    if (name == null || (message && correlationKey == null)) {
      return false;
    }
    EventSubscription subscription = new EventSubscription(execution.nextKey(),
        message ? EventSubscription.Kind.MESSAGE : EventSubscription.Kind.SIGNAL, name, correlationKey,
        owner.processDefinitionKey(), owner.bpmnProcessId(), owner.processInstanceKey(), owner.key(), target.id(),
        !isEventTrigger(target) || target.isInterrupting(), EventSubscription.State.OPEN,
        execution.now());
    if (message) {
      store().lockCorrelation(name, correlationKey);
    }
    store().insert(subscription);
    execution.appendRecord(Subscriptions.record(subscription, "CREATED", execution.now()));
    if (message) {
      correlateBufferedMessage(subscription, owner);
    }
    return true;
  }

  private void correlateBufferedMessage(EventSubscription subscription, ElementInstance owner) {
    if (interruptedByBufferedMessage.contains(owner.key())) {
      return;
    }
    subscriptions().messages()
        .oldestBufferedFor(subscription.eventName(), subscription.correlationKey(), owner.bpmnProcessId(), execution.now())
        .ifPresent(buffered -> {
          Delivery delivery = new Delivery(execution.nextKey(), subscription.key(), owner.bpmnProcessId(),
              owner.processInstanceKey(), buffered.key(), buffered.variables(), Delivery.State.DONE);
          if (store().insertDelivery(delivery, execution.now())) {
            if (subscription.interrupting()) {
              interruptedByBufferedMessage.add(owner.key());
            }
            execution.later(() -> correlate(subscription, owner, buffered.variables()));
          }
        });
  }

  /** Opens the message and signal boundary subscriptions of an activity not opened yet (a retry opens the rest). */
  boolean openBoundaryEvents(ElementInstance activity, ExecutableElement element) {
    List<String> open = null;
    for (ExecutableElement boundary : element.boundaryEvents()) {
      if (boundary.message() == null && boundary.signal() == null) {
        continue;
      }
      if (open == null) {
        open = store().openOwnedBy(activity.key()).stream().map(EventSubscription::targetElementId).toList();
      }
      if (!open.contains(boundary.id()) && !open(activity, boundary)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Arms every event after an event-based gateway (timers and subscriptions owned by the gateway);
   * a retry after an incident starts afresh. False after raising an incident.
   */
  public boolean armEventBasedGateway(ElementInstance gateway, ExecutableElement element) {
    execution.timers().cancelTimersOf(gateway);
    closeOwnedBy(gateway);
    for (SequenceFlow flow : element.outgoing()) {
      ExecutableElement event = execution.process().graph().element(flow.targetId());
      boolean armed = event.timer() != null ? execution.timers().arm(gateway, event) : open(gateway, event);
      if (!armed) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code target} is triggered next to its owner (a boundary event or an event sub-process start). */
  private static boolean isEventTrigger(ExecutableElement target) {
    return target.type() == ElementType.BOUNDARY_EVENT || target.type() == ElementType.START_EVENT;
  }

  /** Whether {@code owner} holds an open subscription for {@code target} already (a retried activation). */
  boolean isOpen(ElementInstance owner, ExecutableElement target) {
    return store().openOwnedBy(owner.key()).stream().anyMatch(s -> s.targetElementId().equals(target.id()));
  }

  /** Closes the open subscriptions {@code owner} holds for the given targets only. */
  void closeOwnedBy(ElementInstance owner, java.util.Set<String> targetIds) {
    store().openOwnedBy(owner.key()).stream().filter(s -> targetIds.contains(s.targetElementId())).forEach(s -> {
      store().close(s.key());
      execution.appendRecord(Subscriptions.record(s, "DELETED", execution.now()));
    });
  }

  /** Closes the open subscriptions of an element instance that is being left. */
  void closeOwnedBy(ElementInstance owner) {
    store().closeOwnedBy(owner.key())
        .forEach(s -> execution.appendRecord(Subscriptions.record(s, "DELETED", execution.now())));
  }

  /**
   * Carries out a delivery on this (locked) instance; false when the subscription or its owner is
   * gone, in which case nothing changes.
   */
  public boolean deliver(long subscriptionKey, Map<String, JsonNode> variables) {
    Optional<EventSubscription> subscription = store().get(subscriptionKey).filter(EventSubscription::isOpen);
    Optional<ElementInstance> owner = subscription
        .flatMap(s -> execution.state().element(s.elementInstanceKey()))
        .filter(CatchEvents::canBeTriggered);
    if (owner.isEmpty()) {
      return false;
    }
    correlate(subscription.get(), owner.get(), variables);
    return true;
  }

  private static boolean canBeTriggered(ElementInstance owner) {
    return owner.isActive() && owner.state() != ElementState.TERMINATING;
  }

  /**
   * Triggers the target of a subscription: a catch event or receive task completes, an event-based
   * gateway takes the path of the event, a boundary event is activated (an interrupting one
   * terminating its activity). The variables arrive like a job's result.
   */
  private void correlate(EventSubscription subscription, ElementInstance owner, Map<String, JsonNode> variables) {
    if (!canBeTriggered(owner)) {
      return;
    }
    ExecutableElement target = execution.process().graph().element(subscription.targetElementId());
    execution.appendRecord(Subscriptions.record(subscription, "CORRELATED", execution.now()));
    if (owner.elementType() == ElementType.EVENT_BASED_GATEWAY) {
      store().markCorrelated(subscription.key());
      gatewayTriggered(owner, target, variables);
    } else if (target.type() == ElementType.START_EVENT) {
      if (target.isInterrupting()) {
        store().markCorrelated(subscription.key());
      }
      execution.eventSubProcesses().trigger(owner, target, variables);
    } else if (target.type() == ElementType.BOUNDARY_EVENT) {
      ElementInstance boundary = execution.activateElement(target, execution.flowScopeOf(owner));
      if (!variables.isEmpty()) {
        execution.mergeResultVariables(boundary, variables);
      }
      if (target.isInterrupting()) {
        store().markCorrelated(subscription.key());
        execution.terminate(owner);
      }
    } else {
      store().markCorrelated(subscription.key());
      if (!variables.isEmpty()) {
        execution.mergeResultVariables(owner, variables);
      }
      execution.complete(owner);
    }
  }

  /** The event after an event-based gateway fired first: the gateway completes towards it, the others are closed. */
  public void gatewayTriggered(ElementInstance gateway, ExecutableElement event, Map<String, JsonNode> variables) {
    gatewayWinners.put(gateway.key(), event.id());
    alreadyTriggered.put(gateway.flowScopeKey() + "/" + event.id(), variables);
    execution.complete(gateway);
  }

  /** The sequence flow from a won event-based gateway to the event that fired. */
  public List<SequenceFlow> flowToWinner(ElementInstance gateway, ExecutableElement element) {
    String winner = gatewayWinners.remove(gateway.key());
    return element.outgoing().stream().filter(flow -> flow.targetId().equals(winner)).limit(1).toList();
  }

  /**
   * A catch event reached from a won event-based gateway has fired already: it completes at once
   * with the event's variables. False for any other catch event.
   */
  public boolean completeIfAlreadyTriggered(ElementInstance catchEvent) {
    Map<String, JsonNode> variables = alreadyTriggered.remove(catchEvent.flowScopeKey() + "/" + catchEvent.elementId());
    if (variables == null) {
      return false;
    }
    execution.activated(catchEvent);
    if (!variables.isEmpty()) {
      execution.mergeResultVariables(catchEvent, variables);
    }
    execution.complete(catchEvent);
    return true;
  }

  /** A signal throw or end event broadcasts its signal; false after raising an incident (see {@link SignalThrows}). */
  public boolean throwSignal(ElementInstance event, ExecutableElement element) {
    return SignalThrows.broadcast(execution, event, element);
  }

  private String text(ElementInstance owner, ExecutableElement target, Expression expression, String what,
      boolean numbersAllowed) {
    return EventNames.evaluate(execution, owner, target, expression, what, numbersAllowed);
  }
}
