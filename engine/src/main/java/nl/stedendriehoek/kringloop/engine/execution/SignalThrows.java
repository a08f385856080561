package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.subscription.Subscriptions;

/**
 * Signal intermediate throw and end events: broadcast the signal (with the event's local, i.e.
 * input-mapped, variables) to every open signal subscription, this instance's included. The
 * deliveries are written in this command's transaction and carried out right after its commit.
 */
final class SignalThrows {

  private SignalThrows() {}

  /** False after raising an incident (a name that is not a string). */
  static boolean broadcast(Execution execution, ElementInstance event, ExecutableElement element) {
    String name = EventNames.evaluate(execution, event, element, element.signal().name(), "signal name", false);
    if (name == null) {
      return false;
    }
    Subscriptions subscriptions = execution.engine().subscriptions();
    Map<String, JsonNode> variables = execution.variables().local(event.key());
    int queued = subscriptions.queueSignal(name, variables, execution.now(), execution::nextKey).size();
    execution.appendRecord(new RecordEntry(execution.nextKey(), "SIGNAL", "BROADCASTED", execution.now(),
        event.processInstanceKey(), element.id(),
        JsonNodeFactory.instance.objectNode().put("signalName", name).put("subscriptions", queued)));
    if (queued > 0) {
      subscriptions.deliverAfterCommit();
    }
    return true;
  }
}
