package nl.stedendriehoek.kringloop.engine.deletion;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.deletion.DeletionStore.DeletedDecision;
import nl.stedendriehoek.kringloop.engine.deletion.DeletionStore.DeletedResource;
import nl.stedendriehoek.kringloop.engine.deletion.DeletionStore.Kind;
import nl.stedendriehoek.kringloop.engine.deployment.DeploymentStore;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.deployment.StartEvents;
import nl.stedendriehoek.kringloop.engine.execution.EngineEvents;
import nl.stedendriehoek.kringloop.engine.state.KeyGenerator;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.Records;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a deployed resource by its key: a process definition, a decision requirements graph
 * (with all its decisions) or a form. One transaction, serialised with deployments (both decide
 * which version is the latest): either everything is deleted and recorded, or nothing. The rows
 * stay, marked deleted, so the history of instances and decision evaluations keeps its
 * references; lookups by id then find the latest version that is not deleted.
 */
public final class ResourceDeletion {

  private final TransactionTemplate tx;
  private final DeploymentStore deployments;
  private final DeletionStore store;
  private final ProcessDefinitionDeletion processes;
  private final ProcessDefinitions definitions;
  private final StateWriter writer;
  private final KeyGenerator keys;
  private final InstantSource clock;
  private final EngineEvents events;

  public ResourceDeletion(
      TransactionTemplate tx, JdbcClient jdbc, DeploymentStore deployments, ProcessDefinitions definitions,
      StartEvents startEvents, StateWriter writer, KeyGenerator keys, InstantSource clock, EngineEvents events) {
    this.tx = tx;
    this.deployments = deployments;
    this.store = new DeletionStore(jdbc);
    this.processes = new ProcessDefinitionDeletion(store, definitions, startEvents);
    this.definitions = definitions;
    this.writer = writer;
    this.keys = keys;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Deletes the resource {@code resourceKey}. {@link NotFoundException} when no deployed resource
   * has that key (or it is deleted already); {@link nl.stedendriehoek.kringloop.engine.api.InvalidStateException}
   * when it is a process definition with running instances. {@code operationReference} (may be
   * null) is kept in the deletion's record.
   */
  public void delete(long resourceKey, Long operationReference) {
    Deleted deleted = tx.execute(status -> {
      deployments.lockDeployments();
      Instant now = clock.instant();
      Kind kind = store.kindOf(resourceKey).orElseThrow(() -> new NotFoundException(
          "Expected to delete resource with key `" + resourceKey + "`, but no such resource was found"));
      List<RecordEntry> records = new ArrayList<>();
      Instant due = switch (kind) {
        case PROCESS -> processes.delete(resourceKey, now, keys::nextKey, records);
        case DMN -> deleteDecisionRequirements(resourceKey, now, records);
        case FORM -> deleteForm(resourceKey, now, records);
      };
      var payload = Sql.JSON.createObjectNode().put("resourceKey", resourceKey).put("kind", kind.name());
      if (operationReference != null) {
        payload.put("operationReference", operationReference);
      }
      records.add(Records.of(resourceKey, "RESOURCE_DELETION", "DELETED", now, payload));
      writer.writeRecords(records);
      return new Deleted(kind, due);
    });
    if (deleted.kind() == Kind.PROCESS) {
      definitions.forget(resourceKey);
    }
    events.dueAt(deleted.due());
  }

  private Instant deleteDecisionRequirements(long key, Instant now, List<RecordEntry> records) {
    DeletedResource drg = lockResource(key);
    store.markResourceDeleted(key, now);
    records.add(Records.of(key, "DECISION_REQUIREMENTS", "DELETED", now, Sql.JSON.createObjectNode()
        .put("decisionRequirementsId", drg.resourceId()).put("version", drg.version())
        .put("decisionRequirementsKey", key).put("resourceName", drg.resourceName())));
    for (DeletedDecision decision : store.markDecisionsDeleted(key, now)) {
      records.add(Records.of(decision.key(), "DECISION", "DELETED", now, Sql.JSON.createObjectNode()
          .put("decisionId", decision.decisionId()).put("version", decision.version())
          .put("decisionKey", decision.key()).put("decisionRequirementsKey", key)));
    }
    return null;
  }

  private Instant deleteForm(long key, Instant now, List<RecordEntry> records) {
    DeletedResource form = lockResource(key);
    store.markResourceDeleted(key, now);
    records.add(Records.of(key, "FORM", "DELETED", now, Sql.JSON.createObjectNode()
        .put("formId", form.resourceId()).put("version", form.version()).put("formKey", key)
        .put("resourceName", form.resourceName())));
    return null;
  }

  private DeletedResource lockResource(long key) {
    return store.lockResource(key).orElseThrow(() -> new NotFoundException(
        "Expected to delete resource with key `" + key + "`, but no such resource was found"));
  }

  private record Deleted(Kind kind, Instant due) {}
}
