package nl.stedendriehoek.kringloop.engine.state.jdbc;

import java.util.List;
import java.util.Optional;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.ProcessInstance;
import nl.stedendriehoek.kringloop.engine.state.UserTask;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import nl.stedendriehoek.kringloop.engine.state.Variable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what a command needs about one process instance. {@link #lockProcessInstance} must come
 * first in the transaction: it takes the row lock that serialises commands on the instance.
 */
public final class StateReader {

  private final JdbcClient jdbc;

  public StateReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a command addresses; the process instance to lock is found through it. */
  public enum Target {
    PROCESS_INSTANCE(null),
    JOB("job"),
    USER_TASK("user_task"),
    INCIDENT("incident"),
    ELEMENT_INSTANCE("element_instance"),
    TIMER("timer");

    private final String table;

    Target(String table) {
      this.table = table;
    }
  }

  public Optional<ProcessInstance> lockProcessInstance(long key) {
    return lockProcessInstance(Target.PROCESS_INSTANCE, key);
  }

  /**
   * Locks the process instance of a job, user task, incident or element instance in one round
   * trip (the owning instance never changes, so the sub-select needs no lock of its own).
   */
  public Optional<ProcessInstance> lockProcessInstance(Target target, long key) {
    String where = target.table == null
        ? "key = ?"
        : "key = (SELECT process_instance_key FROM engine." + target.table + " WHERE key = ?)";
    return jdbc.sql("SELECT * FROM engine.process_instance WHERE " + where + " FOR UPDATE")
        .param(key)
        .query(RowMappers::processInstance)
        .optional();
  }

  public List<ElementInstance> activeElementInstances(long processInstanceKey) {
    return jdbc.sql(
            """
            SELECT * FROM engine.element_instance WHERE process_instance_key = ?
              AND state IN ('ACTIVATING', 'ACTIVATED', 'COMPLETING', 'TERMINATING')""")
        .param(processInstanceKey)
        .query(RowMappers::elementInstance)
        .list();
  }

  /** Locks the active process instance a call activity's element instance started, if any. */
  public Optional<ProcessInstance> lockActiveChildOf(long callActivityElementInstanceKey) {
    return jdbc.sql("""
            SELECT * FROM engine.process_instance WHERE parent_element_instance_key = ? AND state = 'ACTIVE'
            FOR UPDATE""")
        .param(callActivityElementInstanceKey)
        .query(RowMappers::processInstance)
        .optional();
  }

  /**
   * Holds a process definition while an instance of it is created: the lightest row lock that a
   * resource deletion's {@code FOR UPDATE} waits for, so a deletion and an instance creation of
   * the same definition never both succeed. False when the definition is deleted (or unknown);
   * a deletion that committed meanwhile is seen, as the locked row is re-read.
   */
  public boolean lockDefinitionForStart(long processDefinitionKey) {
    return jdbc.sql("SELECT deleted_at IS NULL FROM engine.process_definition WHERE key = ? FOR KEY SHARE")
        .param(processDefinitionKey)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /**
   * Locks a timer of a timer start event (it has no instance to lock). Waits for a concurrent
   * trigger to commit, after which the re-check finds it stale.
   */
  public Optional<Timer> lockStartEventTimer(long timerKey) {
    return jdbc.sql("""
            SELECT * FROM engine.timer WHERE key = ? AND process_instance_key IS NULL
            FOR UPDATE""")
        .param(timerKey)
        .query(RowMappers::timer)
        .optional();
  }

  public List<Timer> activeTimers(long processInstanceKey) {
    return jdbc.sql("SELECT * FROM engine.timer WHERE process_instance_key = ? AND state = 'ACTIVE'")
        .param(processInstanceKey)
        .query(RowMappers::timer)
        .list();
  }

  public List<Variable> variables(long processInstanceKey) {
    return jdbc.sql("SELECT * FROM engine.variable WHERE process_instance_key = ?")
        .param(processInstanceKey)
        .query(RowMappers::variable)
        .list();
  }

  public List<Job> openJobs(long processInstanceKey) {
    return jdbc.sql(
            """
            SELECT * FROM engine.job WHERE process_instance_key = ?
              AND state IN ('ACTIVATABLE', 'ACTIVATED', 'FAILED', 'ERROR_THROWN') FOR UPDATE""")
        .param(processInstanceKey)
        .query(RowMappers::job)
        .list();
  }

  public List<UserTask> openUserTasks(long processInstanceKey) {
    return jdbc.sql("SELECT * FROM engine.user_task WHERE process_instance_key = ? AND state = 'CREATED'")
        .param(processInstanceKey)
        .query(RowMappers::userTask)
        .list();
  }

  public List<Incident> activeIncidents(long processInstanceKey) {
    return jdbc.sql("SELECT * FROM engine.incident WHERE process_instance_key = ? AND state = 'ACTIVE'")
        .param(processInstanceKey)
        .query(RowMappers::incident)
        .list();
  }




}
