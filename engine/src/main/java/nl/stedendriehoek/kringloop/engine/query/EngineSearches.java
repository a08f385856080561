package nl.stedendriehoek.kringloop.engine.query;

import java.util.List;
import nl.stedendriehoek.kringloop.engine.api.IncidentView;
import nl.stedendriehoek.kringloop.engine.api.JobView;
import nl.stedendriehoek.kringloop.engine.api.ProcessInstanceView;
import nl.stedendriehoek.kringloop.engine.api.UserTaskView;
import nl.stedendriehoek.kringloop.engine.api.VariableView;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The searches of the Camunda 8 API, answered in SQL: filter, order, count and page all run in
 * PostgreSQL on indexed columns (see {@code V9__search_indexes.sql}), so a page costs the same
 * with ten or a hundred thousand rows and no result is capped. Field names are the client's.
 */
public final class EngineSearches {

  private final JdbcClient jdbc;
  private final SqlSearch sql;

  public EngineSearches(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.sql = new SqlSearch(jdbc);
  }

  public SearchPage<ProcessInstanceView> processInstances(Search search) {
    return sql.run(ProcessInstanceSearch.TABLE, search);
  }

  public SearchPage<UserTaskView> userTasks(Search search) {
    return sql.run(UserTaskSearch.TABLE, search);
  }

  public SearchPage<ElementInstanceFound> elementInstances(Search search) {
    return sql.run(ElementInstanceSearch.TABLE, search);
  }

  public SearchPage<VariableView> variables(Search search) {
    return sql.run(VariableSearch.TABLE, search);
  }

  public SearchPage<IncidentView> incidents(Search search) {
    return sql.run(IncidentSearch.TABLE, search);
  }

  public SearchPage<JobView> jobs(Search search) {
    return sql.run(JobSearch.TABLE, search);
  }

  public SearchPage<DecisionDefinitionView> decisionDefinitions(Search search) {
    return sql.run(DecisionSearches.DEFINITIONS, search);
  }

  public SearchPage<DecisionRequirementsView> decisionRequirements(Search search) {
    return sql.run(DecisionSearches.REQUIREMENTS, search);
  }

  public SearchPage<DecisionInstanceView> decisionInstances(Search search) {
    return sql.run(DecisionInstanceSearch.TABLE, search);
  }

  /** The DMN XML of a decision requirements (resource) key, if there is one. */
  public java.util.Optional<String> decisionRequirementsXml(long decisionRequirementsKey) {
    return jdbc.sql("SELECT content FROM engine.resource WHERE kind = 'DMN' AND key = ? AND deleted_at IS NULL")
        .param(decisionRequirementsKey).query(byte[].class).optional()
        .map(content -> new String(content, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Per element of one process definition, over all its instances: one grouped query, joined to
   * the open incidents once (not probed per element instance).
   */
  public List<ElementStatistic> elementStatistics(long processDefinitionKey) {
    return statistics("e.process_definition_key = ?", processDefinitionKey);
  }

  /** Per element of one process instance. */
  public List<ElementStatistic> instanceElementStatistics(long processInstanceKey) {
    return statistics("e.process_instance_key = ?", processInstanceKey);
  }

  private List<ElementStatistic> statistics(String scope, long key) {
    return jdbc.sql("""
            SELECT e.element_id,
                   count(*) FILTER (WHERE e.state NOT IN ('COMPLETED', 'TERMINATED')) AS active,
                   count(*) FILTER (WHERE e.state = 'COMPLETED') AS completed,
                   count(*) FILTER (WHERE e.state = 'TERMINATED') AS canceled,
                   count(i.element_instance_key) AS incidents
            FROM engine.element_instance e
            LEFT JOIN (SELECT DISTINCT element_instance_key FROM engine.incident WHERE state = 'ACTIVE') i
              ON i.element_instance_key = e.key
            WHERE %s AND e.key <> e.process_instance_key AND e.element_type <> 'SEQUENCE_FLOW'
            GROUP BY e.element_id ORDER BY min(e.key)""".formatted(scope))
        .param(key)
        .query((rs, i) -> new ElementStatistic(rs.getString("element_id"), rs.getLong("active"),
            rs.getLong("completed"), rs.getLong("canceled"), rs.getLong("incidents")))
        .list();
  }
}
