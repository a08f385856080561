package nl.stedendriehoek.kringloop.engine.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.model.ElementType;

/**
 * One element instance of the tree. Its state only changes through {@link #transitionTo}, guarded
 * by {@link Lifecycle}. A flow scope (process, sub-process) also counts the tokens that wait at its
 * joining gateways, per incoming sequence flow.
 */
public final class ElementInstance {

  private final long key;
  private final long processInstanceKey;
  private final long processDefinitionKey;
  private final String bpmnProcessId;
  private final String elementId;
  private final ElementType elementType;
  private final Long flowScopeKey;
  private final Instant startDate;
  private final Map<String, Integer> takenFlows;
  private ElementState state;
  private Instant endDate;

  public ElementInstance(
      long key, long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
      String elementId, ElementType elementType, Long flowScopeKey, ElementState state,
      Instant startDate, Instant endDate, Map<String, Integer> takenFlows) {
    this.key = key;
    this.processInstanceKey = processInstanceKey;
    this.processDefinitionKey = processDefinitionKey;
    this.bpmnProcessId = bpmnProcessId;
    this.elementId = elementId;
    this.elementType = elementType;
    this.flowScopeKey = flowScopeKey;
    this.state = state;
    this.startDate = startDate;
    this.endDate = endDate;
    this.takenFlows = new LinkedHashMap<>(takenFlows);
  }

  public long key() {
    return key;
  }

  public long processInstanceKey() {
    return processInstanceKey;
  }

  public long processDefinitionKey() {
    return processDefinitionKey;
  }

  public String bpmnProcessId() {
    return bpmnProcessId;
  }

  public String elementId() {
    return elementId;
  }

  public ElementType elementType() {
    return elementType;
  }

  /** The enclosing element instance; null for the process instance itself. */
  public Long flowScopeKey() {
    return flowScopeKey;
  }

  public ElementState state() {
    return state;
  }

  public Instant startDate() {
    return startDate;
  }

  public Instant endDate() {
    return endDate;
  }

  public boolean isActive() {
    return state.isActive();
  }

  public Map<String, Integer> takenFlows() {
    return Map.copyOf(takenFlows);
  }

  /** Tokens that wait at joining gateways of this flow scope. */
  public int waitingTokens() {
    return takenFlows.values().stream().mapToInt(Integer::intValue).sum();
  }

  public void transitionTo(ElementState next, Instant now) {
    Lifecycle.check(this, next);
    state = next;
    if (!next.isActive()) {
      endDate = now;
    }
  }

  public void addTakenFlow(String flowId) {
    takenFlows.merge(flowId, 1, Integer::sum);
  }

  public int takenCount(String flowId) {
    return takenFlows.getOrDefault(flowId, 0);
  }

  /** Consumes one token of {@code flowId} (a join fired). */
  public void consumeTakenFlow(String flowId) {
    takenFlows.computeIfPresent(flowId, (id, count) -> count > 1 ? count - 1 : null);
  }

  public void clearTakenFlows() {
    takenFlows.clear();
  }
}
