package nl.stedendriehoek.kringloop.engine.state.jdbc;

import static nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.instant;
import static nl.stedendriehoek.kringloop.engine.state.jdbc.Sql.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import nl.stedendriehoek.kringloop.engine.model.ElementType;
import nl.stedendriehoek.kringloop.engine.state.ElementInstance;
import nl.stedendriehoek.kringloop.engine.state.ElementState;
import nl.stedendriehoek.kringloop.engine.state.Incident;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.ProcessInstance;
import nl.stedendriehoek.kringloop.engine.state.UserTask;
import nl.stedendriehoek.kringloop.engine.state.Timer;
import nl.stedendriehoek.kringloop.engine.state.Variable;

/** Maps rows of the state tables to state objects; used by commands and queries alike. */
public final class RowMappers {

  private RowMappers() {}

  public static ProcessInstance processInstance(ResultSet rs, int row) throws SQLException {
    return new ProcessInstance(
        rs.getLong("key"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getInt("version"),
        ProcessInstance.State.valueOf(rs.getString("state")),
        instant(rs, "start_date"),
        instant(rs, "end_date"),
        nullableLong(rs, "parent_process_instance_key"),
        nullableLong(rs, "parent_element_instance_key"));
  }

  public static ElementInstance elementInstance(ResultSet rs, int row) throws SQLException {
    return new ElementInstance(
        rs.getLong("key"),
        rs.getLong("process_instance_key"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getString("element_id"),
        ElementType.valueOf(rs.getString("element_type")),
        nullableLong(rs, "flow_scope_key"),
        ElementState.valueOf(rs.getString("state")),
        instant(rs, "start_date"),
        instant(rs, "end_date"),
        Sql.readCounts(rs.getString("taken_flows")));
  }

  public static Timer timer(ResultSet rs, int row) throws SQLException {
    String interval = rs.getString("repeat_interval");
    return new Timer(
        rs.getLong("key"),
        nullableLong(rs, "process_instance_key"),
        nullableLong(rs, "element_instance_key"),
        nullableLong(rs, "process_definition_key"),
        rs.getString("target_element_id"),
        instant(rs, "due_date"),
        rs.getInt("repetitions"),
        interval == null ? null : java.time.Duration.parse(interval),
        rs.getString("repeat_cron"),
        Timer.State.valueOf(rs.getString("state")),
        instant(rs, "created_at"));
  }

  public static Variable variable(ResultSet rs, int row) throws SQLException {
    return new Variable(
        rs.getLong("key"),
        rs.getLong("scope_key"),
        rs.getLong("process_instance_key"),
        rs.getString("name"),
        Sql.readJson(rs.getString("value")));
  }

  public static Job job(ResultSet rs, int row) throws SQLException {
    return new Job(
        rs.getLong("key"),
        rs.getString("type"),
        Job.State.valueOf(rs.getString("state")),
        rs.getInt("retries"),
        rs.getString("worker"),
        instant(rs, "deadline"),
        instant(rs, "activatable_at"),
        rs.getString("error_message"),
        rs.getString("error_code"),
        Sql.readObject(rs.getString("custom_headers")),
        rs.getLong("process_instance_key"),
        rs.getLong("element_instance_key"),
        rs.getString("element_id"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getInt("process_version"),
        instant(rs, "created_at"));
  }

  public static UserTask userTask(ResultSet rs, int row) throws SQLException {
    return new UserTask(
        rs.getLong("key"),
        UserTask.State.valueOf(rs.getString("state")),
        rs.getLong("element_instance_key"),
        rs.getLong("process_instance_key"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getInt("process_version"),
        rs.getString("element_id"),
        rs.getString("assignee"),
        Sql.strings(rs, "candidate_groups"),
        Sql.strings(rs, "candidate_users"),
        instant(rs, "due_date"),
        instant(rs, "follow_up_date"),
        rs.getInt("priority"),
        nullableLong(rs, "form_key"),
        rs.getString("external_form_reference"),
        Sql.readObject(rs.getString("custom_headers")),
        instant(rs, "creation_date"),
        instant(rs, "completion_date"));
  }

  public static Incident incident(ResultSet rs, int row) throws SQLException {
    return new Incident(
        rs.getLong("key"),
        Incident.State.valueOf(rs.getString("state")),
        Incident.ErrorType.valueOf(rs.getString("error_type")),
        rs.getString("error_message"),
        rs.getLong("process_instance_key"),
        rs.getLong("process_definition_key"),
        rs.getString("bpmn_process_id"),
        rs.getLong("element_instance_key"),
        rs.getString("element_id"),
        nullableLong(rs, "job_key"),
        instant(rs, "creation_time"));
  }
}
