package nl.stedendriehoek.kringloop.engine.state.jdbc;

import static nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.json;
import static nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.setNullableLong;
import static nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.setStrings;
import static nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.timestamp;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.state.ChangeSet;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.Incident;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.ProcessInstance;
import nl.stedendriehoek.kringloop.engine.state.RecordEntry;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import nl.stedendriehoek.kringloop.engine.state.UserTask;
import nl.stedendriehoek.kringloop.engine.state.Variable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;

/**
 * Writes a {@link ChangeSet}: one batched upsert per table (prepared once, executed as a JDBC
 * batch), then the records. The only place that writes runtime state.
 */
public final class StateWriter {

  private static final String UPSERT_PROCESS_INSTANCE =
      """
      INSERT INTO engine.process_instance
        (key, process_definition_key, bpmn_process_id, version, state, start_date, end_date,
         parent_process_instance_key, parent_element_instance_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET state = excluded.state, end_date = excluded.end_date""";

  private static final String UPSERT_TIMER =
      """
      INSERT INTO engine.timer (key, process_instance_key, element_instance_key, target_element_id, due_date,
        repetitions, repeat_interval, state, created_at, process_definition_key, repeat_cron)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET due_date = excluded.due_date, repetitions = excluded.repetitions,
        state = excluded.state""";

  private static final String UPSERT_ELEMENT_INSTANCE =
      """
      INSERT INTO engine.element_instance
        (key, process_instance_key, process_definition_key, bpmn_process_id, element_id,
         element_type, flow_scope_key, state, start_date, end_date, taken_flows)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
      ON CONFLICT (key) DO UPDATE SET state = excluded.state, end_date = excluded.end_date,
        taken_flows = excluded.taken_flows""";

  private static final String UPSERT_VARIABLE =
      """
      INSERT INTO engine.variable (key, scope_key, process_instance_key, name, value)
      VALUES (?, ?, ?, ?, ?::jsonb)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value""";

  private static final String UPSERT_JOB =
      """
      INSERT INTO engine.job
        (key, type, state, retries, worker, deadline, activatable_at, error_message, error_code,
         custom_headers, process_instance_key, element_instance_key, element_id,
         process_definition_key, bpmn_process_id, process_version, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET state = excluded.state, retries = excluded.retries,
        worker = excluded.worker, deadline = excluded.deadline,
        activatable_at = excluded.activatable_at, error_message = excluded.error_message,
        error_code = excluded.error_code""";

  private static final String UPSERT_USER_TASK =
      """
      INSERT INTO engine.user_task
        (key, state, element_instance_key, process_instance_key, process_definition_key,
         bpmn_process_id, process_version, element_id, assignee, candidate_groups, candidate_users,
         due_date, follow_up_date, priority, form_key, external_form_reference, custom_headers,
         creation_date, completion_date)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
      ON CONFLICT (key) DO UPDATE SET state = excluded.state, assignee = excluded.assignee,
        candidate_groups = excluded.candidate_groups, candidate_users = excluded.candidate_users,
        due_date = excluded.due_date, follow_up_date = excluded.follow_up_date,
        priority = excluded.priority, completion_date = excluded.completion_date""";

  private static final String UPSERT_INCIDENT =
      """
      INSERT INTO engine.incident
        (key, state, error_type, error_message, process_instance_key, process_definition_key,
         bpmn_process_id, element_instance_key, element_id, job_key, creation_time)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET state = excluded.state""";

  private static final String INSERT_RECORD =
      """
      INSERT INTO engine.record
        (key, value_type, intent, timestamp, process_instance_key, element_id, payload)
      VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""";

  private final JdbcTemplate jdbc;

  public StateWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void write(ChangeSet changes) {
    batch(UPSERT_PROCESS_INSTANCE, changes.processInstances(), StateWriter::setProcessInstance);
    batch(UPSERT_ELEMENT_INSTANCE, changes.elementInstances(), StateWriter::setElementInstance);
    batch(UPSERT_VARIABLE, changes.variables(), StateWriter::setVariable);
    batch(UPSERT_JOB, changes.jobs(), StateWriter::setJob);
    batch(UPSERT_USER_TASK, changes.userTasks(), StateWriter::setUserTask);
    batch(UPSERT_INCIDENT, changes.incidents(), StateWriter::setIncident);
    batch(UPSERT_TIMER, changes.timers(), StateWriter::setTimer);
    writeRecords(changes.records());
  }

  public void writeRecords(List<RecordEntry> records) {
    batch(INSERT_RECORD, records, StateWriter::setRecord);
  }

  private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(sql, rows, rows.size(), setter);
    }
  }

  private static void setProcessInstance(java.sql.PreparedStatement ps, ProcessInstance p)
      throws java.sql.SQLException {
    ps.setLong(1, p.key());
    ps.setLong(2, p.processDefinitionKey());
    ps.setString(3, p.bpmnProcessId());
    ps.setInt(4, p.version());
    ps.setString(5, p.state().name());
    ps.setTimestamp(6, timestamp(p.startDate()));
    ps.setTimestamp(7, timestamp(p.endDate()));
    setNullableLong(ps, 8, p.parentProcessInstanceKey());
    setNullableLong(ps, 9, p.parentElementInstanceKey());
  }

  private static void setElementInstance(java.sql.PreparedStatement ps, ElementInstance e)
      throws java.sql.SQLException {
    ps.setLong(1, e.key());
    ps.setLong(2, e.processInstanceKey());
    ps.setLong(3, e.processDefinitionKey());
    ps.setString(4, e.bpmnProcessId());
    ps.setString(5, e.elementId());
    ps.setString(6, e.elementType().name());
    setNullableLong(ps, 7, e.flowScopeKey());
    ps.setString(8, e.state().name());
    ps.setTimestamp(9, timestamp(e.startDate()));
    ps.setTimestamp(10, timestamp(e.endDate()));
    ps.setString(11, e.takenFlows().isEmpty() ? null : json(Sql.JSON.valueToTree(e.takenFlows())));
  }

  private static void setTimer(java.sql.PreparedStatement ps, Timer t) throws java.sql.SQLException {
    ps.setLong(1, t.key());
    setNullableLong(ps, 2, t.processInstanceKey());
    setNullableLong(ps, 3, t.elementInstanceKey());
    ps.setString(4, t.targetElementId());
    ps.setTimestamp(5, timestamp(t.dueDate()));
    ps.setInt(6, t.repetitions());
    ps.setString(7, t.interval() == null ? null : t.interval().toString());
    ps.setString(8, t.state().name());
    ps.setTimestamp(9, timestamp(t.createdAt()));
    setNullableLong(ps, 10, t.processDefinitionKey());
    ps.setString(11, t.cron());
  }

  private static void setVariable(java.sql.PreparedStatement ps, Variable v) throws java.sql.SQLException {
    ps.setLong(1, v.key());
    ps.setLong(2, v.scopeKey());
    ps.setLong(3, v.processInstanceKey());
    ps.setString(4, v.name());
    ps.setString(5, json(v.value()));
  }

  private static void setJob(java.sql.PreparedStatement ps, Job j) throws java.sql.SQLException {
    ps.setLong(1, j.key());
    ps.setString(2, j.type());
    ps.setString(3, j.state().name());
    ps.setInt(4, j.retries());
    ps.setString(5, j.worker());
    ps.setTimestamp(6, timestamp(j.deadline()));
    ps.setTimestamp(7, timestamp(j.activatableAt()));
    ps.setString(8, j.errorMessage());
    ps.setString(9, j.errorCode());
    ps.setString(10, json(j.customHeaders()));
    ps.setLong(11, j.processInstanceKey());
    ps.setLong(12, j.elementInstanceKey());
    ps.setString(13, j.elementId());
    ps.setLong(14, j.processDefinitionKey());
    ps.setString(15, j.bpmnProcessId());
    ps.setInt(16, j.processVersion());
    ps.setTimestamp(17, timestamp(j.createdAt()));
  }

  private static void setUserTask(java.sql.PreparedStatement ps, UserTask t) throws java.sql.SQLException {
    ps.setLong(1, t.key());
    ps.setString(2, t.state().name());
    ps.setLong(3, t.elementInstanceKey());
    ps.setLong(4, t.processInstanceKey());
    ps.setLong(5, t.processDefinitionKey());
    ps.setString(6, t.bpmnProcessId());
    ps.setInt(7, t.processVersion());
    ps.setString(8, t.elementId());
    ps.setString(9, t.assignee());
    setStrings(ps, 10, t.candidateGroups());
    setStrings(ps, 11, t.candidateUsers());
    ps.setTimestamp(12, timestamp(t.dueDate()));
    ps.setTimestamp(13, timestamp(t.followUpDate()));
    ps.setInt(14, t.priority());
    setNullableLong(ps, 15, t.formKey());
    ps.setString(16, t.externalFormReference());
    ps.setString(17, json(t.customHeaders()));
    ps.setTimestamp(18, timestamp(t.creationDate()));
    ps.setTimestamp(19, timestamp(t.completionDate()));
  }

  private static void setIncident(java.sql.PreparedStatement ps, Incident i) throws java.sql.SQLException {
    ps.setLong(1, i.key());
    ps.setString(2, i.state().name());
    ps.setString(3, i.errorType().name());
    ps.setString(4, i.errorMessage());
    ps.setLong(5, i.processInstanceKey());
    ps.setLong(6, i.processDefinitionKey());
    ps.setString(7, i.bpmnProcessId());
    ps.setLong(8, i.elementInstanceKey());
    ps.setString(9, i.elementId());
    setNullableLong(ps, 10, i.jobKey());
    ps.setTimestamp(11, timestamp(i.creationTime()));
  }

  private static void setRecord(java.sql.PreparedStatement ps, RecordEntry r) throws java.sql.SQLException {
    ps.setLong(1, r.key());
    ps.setString(2, r.valueType());
    ps.setString(3, r.intent());
    ps.setTimestamp(4, timestamp(r.timestamp()));
    setNullableLong(ps, 5, r.processInstanceKey());
    ps.setString(6, r.elementId());
    ps.setString(7, json(r.payload()));
  }
}
