package nl.stedendriehoek.kringloop.engine.query;

import static nl.stedendriehoek.kringloop.engine.query.FieldType.DATE;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.INTEGER;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.KEY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.TEXT_ARRAY;
import static nl.stedendriehoek.kringloop.engine.query.FieldType.VARIABLES;

import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.UserTaskView;
import nl.stedendriehoek.kringloop.engine.state.jdbc.RowMappers;

/**
 * User tasks as the Tasklist inbox searches them: by state, assignee, candidate groups and users
 * (any of the task's), process and dates; {@code candidateGroup}/{@code candidateUser} are the
 * filter's names for the result's lists.
 */
final class UserTaskSearch {

  static final SearchTable<UserTaskView> TABLE = new SearchTable<>(
      "t.*",
      "engine.user_task t",
      "TRUE",
      "t.key",
      new SearchTable.Fields()
          .required("userTaskKey", "t.key", KEY)
          .required("name", "t.element_id", TEXT)
          .required("state", "t.state", TEXT)
          .add("assignee", "t.assignee", TEXT)
          .required("elementId", "t.element_id", TEXT)
          .required("elementInstanceKey", "t.element_instance_key", KEY)
          .add("candidateGroups", "t.candidate_groups", TEXT_ARRAY)
          .alias("candidateGroup", "candidateGroups")
          .add("candidateUsers", "t.candidate_users", TEXT_ARRAY)
          .alias("candidateUser", "candidateUsers")
          .required("processDefinitionId", "t.bpmn_process_id", TEXT)
          .required("processDefinitionKey", "t.process_definition_key", KEY)
          .required("processDefinitionVersion", "t.process_version", INTEGER)
          .required("processInstanceKey", "t.process_instance_key", KEY)
          .required("processName", "t.bpmn_process_id", TEXT)
          .required("creationDate", "t.creation_date", DATE)
          .add("completionDate", "t.completion_date", DATE)
          .add("dueDate", "t.due_date", DATE)
          .add("followUpDate", "t.follow_up_date", DATE)
          .add("formKey", "t.form_key", KEY)
          .add("externalFormReference", "t.external_form_reference", TEXT)
          .required("priority", "t.priority", INTEGER)
          .required("tenantId", "'<default>'::text", TEXT)
          .add("processInstanceVariables", "v.scope_key = t.process_instance_key", VARIABLES)
          .add("localVariables", "v.scope_key = t.element_instance_key", VARIABLES)
          .build(),
      (rs, i) -> EngineQueries.userTask(RowMappers.userTask(rs, i)));

  private UserTaskSearch() {}
}
