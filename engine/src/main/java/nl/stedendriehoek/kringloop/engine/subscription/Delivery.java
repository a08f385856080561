package nl.stedendriehoek.kringloop.engine.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A message or signal on its way to one subscription: written (PENDING) in the transaction that
 * publishes, broadcasts or throws, carried out (DONE) in the subscriber's own transaction, or
 * REJECTED when the subscription was gone by then.
 *
 * @param processInstanceKey the subscriber's instance; for a start event, null until it is created
 * @param messageKey the message delivered; null for a signal
 */
public record Delivery(
    long key, long subscriptionKey, String bpmnProcessId, Long processInstanceKey, Long messageKey,
    Map<String, JsonNode> variables, State state) {

  public enum State {
    PENDING,
    DONE,
    REJECTED
  }
}
