package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.stedendriehoek.kringloop.engine.api.NotFoundException;
import nl.stedendriehoek.kringloop.engine.deployment.DeployedProcess;
import nl.stedendriehoek.kringloop.engine.deployment.ProcessDefinitions;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.state.ChangeSet;
import nl.stedendriehoek.kringloop.engine.state.ProcessInstance;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateReader.Target;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One command = one transaction: lock the process instance row, load its state, run the command
 * and every automatic step after it, write all changes in batches, commit, and only then tell
 * listeners (job pollers, the scheduler). A failure anywhere rolls back the whole step.
 */
public final class CommandRunner {

  private final TransactionTemplate tx;
  private final StateReader reader;
  private final StateWriter writer;
  private final EngineContext engine;
  private final EngineEvents events;
  private final CalledProcesses called;
  private final java.util.function.LongFunction<DeployedProcess> definitionsByKey;

  public CommandRunner(
      TransactionTemplate tx, StateReader reader, StateWriter writer, ProcessDefinitions definitions,
      EngineContext engine, EngineEvents events) {
    this.tx = tx;
    this.reader = reader;
    this.writer = writer;
    this.engine = engine;
    this.events = events;
    this.called = new CalledProcesses(reader, definitions, engine);
    this.definitionsByKey = definitions::byKey;
  }

  /** The outcome of a command plus what to announce after commit. */
  public record Outcome<T>(
      T result, Set<String> jobTypes, Instant earliestDue, Long endedInstance, List<Long> alsoEnded) {

    public Outcome(T result, Set<String> jobTypes, Instant earliestDue) {
      this(result, jobTypes, earliestDue, null, List.of());
    }

    public Outcome(T result, Set<String> jobTypes, Instant earliestDue, Long endedInstance) {
      this(result, jobTypes, earliestDue, endedInstance, List.of());
    }
  }

  /** Starts a new instance of {@code process}. */
  public long start(DeployedProcess process, Map<String, JsonNode> variables) {
    Outcome<Long> outcome = tx.execute(status -> {
      ChangeSet changes = new ChangeSet();
      Execution execution = called.start(process, variables, null, changes);
      long instance = execution.state().processInstance().key();
      writer.write(changes);
      return new Outcome<>(instance, execution.activatableJobTypes(), earliestTimer(changes),
          execution.endedProcessInstance() ? instance : null);
    });
    announce(outcome);
    return outcome.result();
  }

  /** Runs {@code command} on the locked, loaded instance. */
  public <T> T onInstance(long processInstanceKey, Function<Execution, T> command) {
    return onInstance(Target.PROCESS_INSTANCE, processInstanceKey,
        () -> new NotFoundException(
            "Expected to find process instance with key " + processInstanceKey + ", but none was found"),
        command);
  }

  /** Runs {@code command} on the instance that owns {@code key} (a job, user task …). */
  public <T> T onInstance(
      Target target, long key, Supplier<NotFoundException> notFound, Function<Execution, T> command) {
    return onInstanceWithDue(target, key, notFound,
        execution -> new Outcome<>(command.apply(execution), Set.of(), null));
  }

  /** Like {@link #onInstance}, for commands that also set a due time (backoff, job timeout). */
  public <T> T onInstanceWithDue(
      Target target, long key, Supplier<NotFoundException> notFound, Function<Execution, Outcome<T>> command) {
    Outcome<T> outcome = tx.execute(status -> {
      ProcessInstance instance = reader.lockProcessInstance(target, key).orElseThrow(notFound);
      long processInstanceKey = instance.key();
      boolean wasActive = instance.isActive();
      ChangeSet changes = new ChangeSet();
      Execution execution = called.load(instance, changes);
      Outcome<T> result = command.apply(execution);
      execution.run();
      Set<String> types = new java.util.HashSet<>(execution.activatableJobTypes());
      types.addAll(result.jobTypes());
      List<Long> parentsEnded = called.continueParents(execution, types);
      writer.write(changes);
      boolean ended = instance.isActive() != wasActive;
      return new Outcome<>(result.result(), types, earlier(result.earliestDue(), earliestTimer(changes)),
          ended ? processInstanceKey : null, parentsEnded);
    });
    announce(outcome);
    return outcome.result();
  }

  /** Fires a due timer of some instance (called by the scheduler); false when it was stale. */
  public boolean triggerTimer(long timerKey) {
    Outcome<Boolean> started = tx.execute(status -> startByTimer(timerKey));
    if (started != null) {
      announce(started);
      return started.result();
    }
    return onInstance(Target.TIMER, timerKey,
        () -> new NotFoundException("Expected to trigger timer " + timerKey + ", but no such timer was found"),
        execution -> execution.timers().trigger(timerKey));
  }

  /**
   * A timer start event's timer: when due, re-arm or finish it and create an instance at that
   * start event, in one transaction. Null when the timer is not a start event's (it belongs to an
   * instance); a false result when it was stale (e.g. fired by another thread just before).
   */
  private Outcome<Boolean> startByTimer(long timerKey) {
    Optional<Timer> locked = reader.lockStartEventTimer(timerKey);
    if (locked.isEmpty()) {
      return null;
    }
    Timer timer = locked.get();
    Instant now = engine.clock().instant();
    if (!timer.isDue(now)) {
      return new Outcome<>(false, Set.of(), null);
    }
    ChangeSet changes = new ChangeSet();
    timer.trigger(now);
    changes.save(timer);
    changes.append(new RecordEntry(timer.key(), "TIMER", timer.isActive() ? "RESCHEDULED" : "TRIGGERED", now, null,
        timer.targetElementId(), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
            .put("processDefinitionKey", timer.processDefinitionKey()).put("dueDate", timer.dueDate().toString())));
    DeployedProcess process = definitionsByKey.apply(timer.processDefinitionKey());
    Execution execution = called.start(process, Map.of(), null, changes,
        process.graph().element(timer.targetElementId()));
    writer.write(changes);
    long instance = execution.state().processInstance().key();
    return new Outcome<>(true, execution.activatableJobTypes(), earliestTimer(changes),
        execution.endedProcessInstance() ? instance : null);
  }

  /**
   * Starts an instance at {@code startEvent} (a message or signal start event) in one
   * transaction, if {@code guard} (run first, in that transaction) allows it; {@code started} then
   * runs in the same transaction with the new key. Null when the guard refused (its own writes
   * are committed all the same).
   */
  public Long startIf(
      DeployedProcess process, ExecutableElement startEvent, Map<String, JsonNode> variables,
      java.util.function.BooleanSupplier guard, java.util.function.LongConsumer started) {
    Outcome<Long> outcome = tx.execute(status -> {
      if (!guard.getAsBoolean()) {
        return new Outcome<Long>(null, Set.of(), null);
      }
      ChangeSet changes = new ChangeSet();
      Execution execution = called.start(process, variables, null, changes, startEvent);
      long instance = execution.state().processInstance().key();
      writer.write(changes);
      started.accept(instance);
      return new Outcome<>(instance, execution.activatableJobTypes(), earliestTimer(changes),
          execution.endedProcessInstance() ? instance : null);
    });
    announce(outcome);
    return outcome.result();
  }

  private static Instant earliestTimer(ChangeSet changes) {
    return changes.timers().stream().filter(Timer::isActive).map(Timer::dueDate).min(Instant::compareTo).orElse(null);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private void announce(Outcome<?> outcome) {
    events.jobsAvailable(outcome.jobTypes());
    events.dueAt(outcome.earliestDue());
    events.processInstanceEnded(outcome.endedInstance());
    outcome.alsoEnded().forEach(events::processInstanceEnded);
  }
}
