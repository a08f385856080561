package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import nl.stedendriehoek.kringloop.engine.state.ChangeSet;
import nl.stedendriehoek.kringloop.engine.state.Records;
import nl.stedendriehoek.kringloop.engine.state.Variable;

/**
 * Variables of one process instance by scope, with Camunda 8's rules: a scope sees its own
 * variables and those of its parents (the nearest wins); {@link #setLocal} writes into one scope;
 * {@link #propagate} updates the nearest scope that already has the variable, else creates it in
 * the root scope.
 */
public final class VariableScopes {

  private final long rootScopeKey;
  private final long processInstanceKey;
  private final Map<Long, Map<String, Variable>> byScope = new HashMap<>();
  private final LongFunction<Long> parentOf;
  private final LongSupplier keys;
  private final ChangeSet changes;
  private final Instant now;

  VariableScopes(
      long processInstanceKey, List<Variable> variables, LongFunction<Long> parentOf,
      LongSupplier keys, ChangeSet changes, Instant now) {
    this.rootScopeKey = processInstanceKey;
    this.processInstanceKey = processInstanceKey;
    this.parentOf = parentOf;
    this.keys = keys;
    this.changes = changes;
    this.now = now;
    variables.forEach(v -> byScope.computeIfAbsent(v.scopeKey(), k -> new LinkedHashMap<>()).put(v.name(), v));
  }

  /** All variables visible from {@code scopeKey}, nearest scope winning. */
  public Map<String, JsonNode> visible(long scopeKey) {
    Deque<Long> chain = new ArrayDeque<>();
    for (Long scope = scopeKey; scope != null; scope = parentOf.apply(scope)) {
      chain.push(scope);
    }
    Map<String, JsonNode> result = new LinkedHashMap<>();
    for (Long scope : chain) {
      byScope.getOrDefault(scope, Map.of()).forEach((name, v) -> result.put(name, v.value()));
    }
    return result;
  }

  /** The variables of exactly this scope. */
  public Map<String, JsonNode> local(long scopeKey) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    byScope.getOrDefault(scopeKey, Map.of()).forEach((name, v) -> result.put(name, v.value()));
    return result;
  }

  public void setLocal(long scopeKey, Map<String, JsonNode> document) {
    document.forEach((name, value) -> setLocal(scopeKey, name, value));
  }

  public void setLocal(long scopeKey, String name, JsonNode value) {
    Map<String, Variable> scope = byScope.computeIfAbsent(scopeKey, k -> new LinkedHashMap<>());
    Variable existing = scope.get(name);
    if (existing == null) {
      Variable created = new Variable(keys.getAsLong(), scopeKey, processInstanceKey, name, value);
      scope.put(name, created);
      changes.save(created);
      changes.append(Records.variable(created, "CREATED", now));
    } else if (existing.update(value)) {
      changes.save(existing);
      changes.append(Records.variable(existing, "UPDATED", now));
    }
  }

  /** Merges a document upwards from {@code scopeKey}, as job completion does. */
  public void propagate(long scopeKey, Map<String, JsonNode> document) {
    document.forEach((name, value) -> setLocal(scopeOwning(scopeKey, name), name, value));
  }

  private long scopeOwning(long scopeKey, String name) {
    for (Long scope = scopeKey; scope != null; scope = parentOf.apply(scope)) {
      if (byScope.getOrDefault(scope, Map.of()).containsKey(name)) {
        return scope;
      }
    }
    return rootScopeKey;
  }
}
