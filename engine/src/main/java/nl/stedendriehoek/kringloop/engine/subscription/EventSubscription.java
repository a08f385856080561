package nl.stedendriehoek.kringloop.engine.subscription;

import java.time.Instant;

/**
 * Something that waits for a message or a signal. A start event's subscription belongs to a
 * process definition and has no instance keys; an instance's belongs to the element instance that
 * owns it (a catch event, a receive task, an event-based gateway, or the activity a boundary event
 * is attached to) and triggers {@link #targetElementId}.
 *
 * @param correlationKey the evaluated correlation key of a message subscription; null for a
 *     signal or a message start event
 */
public record EventSubscription(
    long key, Kind kind, String eventName, String correlationKey, long processDefinitionKey, String bpmnProcessId,
    Long processInstanceKey, Long elementInstanceKey, String targetElementId, boolean interrupting, State state,
    Instant createdAt) {

  public enum Kind {
    MESSAGE,
    SIGNAL
  }

  public enum State {
    OPEN,
    CORRELATED,
    CLOSED
  }

  public boolean isStartEvent() {
    return processInstanceKey == null;
  }

  public boolean isOpen() {
    return state == State.OPEN;
  }

  /** The history record's value type: {@code MESSAGE_SUBSCRIPTION} or {@code SIGNAL_SUBSCRIPTION}. */
  public String valueType() {
    return kind.name() + (isStartEvent() ? "_START_EVENT_SUBSCRIPTION" : "_SUBSCRIPTION");
  }
}
