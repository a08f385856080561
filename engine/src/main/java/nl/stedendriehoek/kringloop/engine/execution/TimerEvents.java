package nl.stedendriehoek.kringloop.engine.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.feel.FeelEvaluator.Evaluation;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.model.ExecutableElement;
import nl.stedendriehoek.kringloop.engine.model.TimerDefinition;
import nl.stedendriehoek.kringloop.engine.model.TimerSchedules;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.Incident.ErrorType;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.Timer;

/**
 * Timers of one command's instance: created when a timer catch event or an activity with boundary
 * timers is activated, cancelled when that element instance is left, and triggered by the
 * scheduler. A trigger re-checks everything under the instance lock, so a stale or repeated
 * trigger changes nothing.
 */
public final class TimerEvents {

  private final Execution execution;

  TimerEvents(Execution execution) {
    this.execution = execution;
  }

  /**
   * Evaluates the timer of {@code event} in the variables of {@code owner} and arms it. False
   * after raising an incident on {@code owner} (the element then stays where it is).
   */
  public boolean arm(ElementInstance owner, ExecutableElement event) {
    TimerDefinition definition = event.timer();
    Evaluation evaluation = execution.evaluate(definition.expression(), owner.key());
    JsonNode value = evaluation.value();
    String problem = evaluation.failed() ? evaluation.failure()
        : value == null || !value.isTextual() ? "got " + value : null;
    TimerSchedules.Schedule schedule = null;
    if (problem == null) {
      try {
        schedule = TimerSchedules.schedule(definition.kind(), value.asText(), execution.now());
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    if (problem != null) {
      execution.raiseIncident(owner, ErrorType.EXTRACT_VALUE_ERROR, "Expected the timer "
          + definition.kind().name().toLowerCase() + " '" + definition.expression().source() + "' of event '"
          + event.id() + "' to be a valid ISO 8601 value" + (definition.kind() == TimerDefinition.Kind.CYCLE
          ? " or cron expression" : "") + ", but " + problem + " (" + Execution.describe(owner) + ")",
          null);
      return false;
    }
    Timer timer = new Timer(execution.nextKey(), owner.processInstanceKey(), owner.key(), null, event.id(),
        schedule.dueDate(), schedule.repetitions(), schedule.interval(), schedule.cron(), Timer.State.ACTIVE,
        execution.now());
    save(timer, "CREATED");
    return true;
  }

  /** Arms the boundary timers of an activity not armed yet (an activation retried after an incident). */
  boolean armBoundaryTimers(ElementInstance activity, ExecutableElement element) {
    for (ExecutableElement boundary : element.boundaryEvents()) {
      if (boundary.timer() == null) {
        continue;
      }
      boolean armed = timers().stream()
          .anyMatch(t -> t.elementInstanceKey() == activity.key() && t.targetElementId().equals(boundary.id()));
      if (!armed && !arm(activity, boundary)) {
        return false;
      }
    }
    return true;
  }

  /** Cancels the active timers an element instance owns (it is being left). */
  void cancelTimersOf(ElementInstance owner) {
    timers().stream().filter(t -> t.elementInstanceKey() == owner.key()).forEach(t -> {
      t.cancel();
      save(t, "CANCELED");
    });
  }

  /** Cancels one active timer (an event sub-process start closed by an interrupting one). */
  void cancel(Timer timer) {
    timer.cancel();
    save(timer, "CANCELED");
  }

  /** Fires a due timer; false when it is not (any longer) active and due: nothing changes then. */
  public boolean trigger(long timerKey) {
    Instant now = execution.now();
    Timer timer = execution.state().timers().get(timerKey);
    if (timer == null || !timer.isDue(now)) {
      return false;
    }
    Optional<ElementInstance> owner = execution.state().element(timer.elementInstanceKey())
        .filter(e -> e.isActive() && e.state() != ElementState.TERMINATING);
    if (owner.isEmpty()) {
      timer.cancel();
      save(timer, "CANCELED");
      return false;
    }
    ExecutableElement event = execution.process().graph().element(timer.targetElementId());
    timer.trigger(now);
    save(timer, timer.isActive() ? "RESCHEDULED" : "TRIGGERED");
    if (owner.get().elementType() == ElementType.EVENT_BASED_GATEWAY) {
      execution.catchEvents().gatewayTriggered(owner.get(), event, java.util.Map.of());
      return true;
    }
    if (event.type() == ElementType.INTERMEDIATE_CATCH_EVENT) {
      execution.complete(owner.get());
      return true;
    }
    if (event.type() == ElementType.START_EVENT) {
      execution.eventSubProcesses().trigger(owner.get(), event, java.util.Map.of());
      return true;
    }
    execution.activateElement(event, execution.flowScopeOf(owner.get()));
    if (event.isInterrupting()) {
      execution.terminate(owner.get());
    }
    return true;
  }

  private List<Timer> timers() {
    return execution.state().timers().values().stream().filter(Timer::isActive).toList();
  }

  private void save(Timer timer, String intent) {
    execution.state().timers().put(timer.key(), timer);
    execution.changes().save(timer);
    execution.changes().append(new RecordEntry(timer.key(), "TIMER", intent, execution.now(),
        timer.processInstanceKey(), timer.targetElementId(), JsonNodeFactory.instance.objectNode()
            .put("elementInstanceKey", timer.elementInstanceKey())
            .put("dueDate", timer.dueDate().toString())
            .put("repetitions", timer.repetitions())));
  }
}
