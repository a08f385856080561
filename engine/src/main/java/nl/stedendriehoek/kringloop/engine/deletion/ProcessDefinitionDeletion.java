package nl.stedendriehoek.kringloop.engine.deletion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import nl.stedendriehoek.kringloop.engine.api.InvalidStateException;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.deletion.DeletionStore.DeletedProcess;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.deployment.StartEvents;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.Records;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;

/**
 * Deletes one version of a process, as Camunda 8.8 does: refused while it has running instances
 * (8.9's draining is not offered); otherwise it can no longer be started or found, and when it was
 * the latest version its start events hand over to the version before it (timers rescheduled from
 * now, message and signal start subscriptions reopened), or end when no version is left. Runs in
 * the deletion's transaction.
 */
final class ProcessDefinitionDeletion {

  private final DeletionStore store;
  private final ProcessDefinitions definitions;
  private final StartEvents startEvents;

  ProcessDefinitionDeletion(DeletionStore store, ProcessDefinitions definitions, StartEvents startEvents) {
    this.store = store;
    this.definitions = definitions;
    this.startEvents = startEvents;
  }

  /** Deletes the definition; returns when a re-activated start timer is due first, or null. */
  Instant delete(long key, Instant now, LongSupplier keys, List<RecordEntry> records) {
    store.lockStartTimers(key);
    DeletedProcess process = store.lockProcess(key).orElseThrow(() -> new NotFoundException(
        "Expected to delete resource with key `" + key + "`, but no such resource was found"));
    if (store.hasActiveInstances(key)) {
      throw new InvalidStateException("Expected to delete resource with key `" + key
          + "` but there are still running instances (process '" + process.bpmnProcessId() + "' version "
          + process.version() + "); cancel or finish them first");
    }
    boolean wasLatest = definitions.findLatest(process.bpmnProcessId())
        .map(latest -> latest.definition().key() == key).orElse(false);
    store.markProcessDeleted(key, now);
    records.add(Records.of(key, "PROCESS", "DELETED", now, Sql.JSON.createObjectNode()
        .put("bpmnProcessId", process.bpmnProcessId())
        .put("version", process.version())
        .put("processDefinitionKey", key)
        .put("resourceName", process.resourceName())));
    if (!wasLatest) {
      return null;
    }
    Optional<DeployedProcess> previous = definitions.findLatest(process.bpmnProcessId());
    if (previous.isEmpty()) {
      startEvents.deactivate(process.bpmnProcessId(), now);
      return null;
    }
    return startEvents.activate(previous.get(), now, keys);
  }
}
