package nl.stedendriehoek.kringloop.engine.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Builds the history records of state changes, named like Zeebe's value types and intents
 * ({@code PROCESS_INSTANCE / ELEMENT_ACTIVATED}, {@code JOB / COMPLETED} …).
 */
public final class Records {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Records() {}

  public static RecordEntry element(ElementInstance e, String intent, Instant now) {
    ObjectNode payload = NODES.objectNode()
        .put("bpmnProcessId", e.bpmnProcessId())
        .put("processDefinitionKey", e.processDefinitionKey())
        .put("elementType", e.elementType().name());
    if (e.flowScopeKey() != null) {
      payload.put("flowScopeKey", e.flowScopeKey());
    }
    return new RecordEntry(e.key(), "PROCESS_INSTANCE", intent, now, e.processInstanceKey(), e.elementId(), payload);
  }

  public static RecordEntry sequenceFlowTaken(ElementInstance scope, String flowId, long key, Instant now) {
    ObjectNode payload = NODES.objectNode()
        .put("bpmnProcessId", scope.bpmnProcessId())
        .put("elementType", "SEQUENCE_FLOW")
        .put("flowScopeKey", scope.key());
    return new RecordEntry(key, "PROCESS_INSTANCE", "SEQUENCE_FLOW_TAKEN", now, scope.processInstanceKey(), flowId, payload);
  }

  public static RecordEntry variable(Variable v, String intent, Instant now) {
    ObjectNode payload = NODES.objectNode().put("name", v.name()).put("scopeKey", v.scopeKey());
    payload.set("value", v.value());
    return new RecordEntry(v.key(), "VARIABLE", intent, now, v.processInstanceKey(), null, payload);
  }

  public static RecordEntry job(Job j, String intent, Instant now) {
    ObjectNode payload = NODES.objectNode()
        .put("type", j.type())
        .put("retries", j.retries())
        .put("elementInstanceKey", j.elementInstanceKey())
        .put("state", j.state().name());
    putIfPresent(payload, "worker", j.worker());
    putIfPresent(payload, "deadline", j.deadline());
    putIfPresent(payload, "errorMessage", j.errorMessage());
    putIfPresent(payload, "errorCode", j.errorCode());
    return new RecordEntry(j.key(), "JOB", intent, now, j.processInstanceKey(), j.elementId(), payload);
  }

  public static RecordEntry userTask(UserTask t, String intent, Instant now) {
    ObjectNode payload = NODES.objectNode()
        .put("elementInstanceKey", t.elementInstanceKey())
        .put("state", t.state().name())
        .put("priority", t.priority());
    putIfPresent(payload, "assignee", t.assignee());
    payload.set("candidateGroups", Sqlless.array(t.candidateGroups()));
    payload.set("candidateUsers", Sqlless.array(t.candidateUsers()));
    putIfPresent(payload, "dueDate", t.dueDate());
    putIfPresent(payload, "followUpDate", t.followUpDate());
    return new RecordEntry(t.key(), "USER_TASK", intent, now, t.processInstanceKey(), t.elementId(), payload);
  }

  public static RecordEntry incident(Incident i, String intent, Instant now) {
    ObjectNode payload = NODES.objectNode()
        .put("errorType", i.errorType().name())
        .put("errorMessage", i.errorMessage())
        .put("elementInstanceKey", i.elementInstanceKey());
    if (i.jobKey() != null) {
      payload.put("jobKey", i.jobKey());
    }
    return new RecordEntry(i.key(), "INCIDENT", intent, now, i.processInstanceKey(), i.elementId(), payload);
  }

  public static RecordEntry of(long key, String valueType, String intent, Instant now, JsonNode payload) {
    ObjectNode object = payload instanceof ObjectNode o ? o : NODES.objectNode().set("value", payload);
    return new RecordEntry(key, valueType, intent, now, null, null, object);
  }

  private static void putIfPresent(ObjectNode payload, String field, Object value) {
    if (value != null) {
      payload.put(field, value.toString());
    }
  }

  /** JSON helpers that need no database types. */
  private static final class Sqlless {
    static JsonNode array(Iterable<String> values) {
      var array = NODES.arrayNode();
      values.forEach(array::add);
      return array;
    }
  }
}
