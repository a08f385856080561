package nl.stedendriehoek.kringloop.engine.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.execution.EngineEvents;
import nl.stedendriehoek.kringloop.engine.feel.JsonValues;
import nl.stedendriehoek.kringloop.engine.state.Job;
import nl.stedendriehoek.kringloop.engine.state.Records;
import nl.stedendriehoek.kringloop.engine.state.jdbc.RowMappers;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import nl.stedendriehoek.kringloop.engine.state.jdbc.StateWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands activatable jobs to a worker. One statement claims them ({@code UPDATE … WHERE key IN
 * (SELECT … FOR UPDATE SKIP LOCKED)}), so concurrent workers never get the same job and never
 * wait for each other; the process-instance lock is not needed. Then two queries fetch the
 * variables of all claimed jobs at once.
 */
public final class JobActivator {

  private static final String CLAIM =
      """
      UPDATE engine.job SET state = 'ACTIVATED', worker = ?, deadline = ?
      WHERE key IN (
        SELECT key FROM engine.job
        WHERE type = ? AND state = 'ACTIVATABLE' AND (activatable_at IS NULL OR activatable_at <= ?)
        ORDER BY key LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING *""";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final StateWriter writer;
  private final InstantSource clock;
  private final EngineEvents events;

  public JobActivator(
      JdbcClient jdbc, TransactionTemplate tx, StateWriter writer, InstantSource clock, EngineEvents events) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.writer = writer;
    this.clock = clock;
    this.events = events;
  }

  public List<ActivatedJob> activate(ActivateJobsRequest request) {
    List<ActivatedJob> activated = claim(request);
    if (!activated.isEmpty()) {
      events.dueAt(activated.get(0).deadline());
    }
    return activated;
  }

  private List<ActivatedJob> claim(ActivateJobsRequest request) {
    return tx.execute(status -> {
      Instant now = clock.instant();
      Instant deadline = now.plus(request.timeout());
      List<Job> jobs = jdbc.sql(CLAIM)
          .params(request.worker(), Sql.timestamp(deadline), request.type(), Sql.timestamp(now),
              request.maxJobsToActivate())
          .query(RowMappers::job)
          .list();
      if (jobs.isEmpty()) {
        return List.of();
      }
      writer.writeRecords(jobs.stream().map(job -> Records.job(job, "ACTIVATED", now)).toList());
      Scopes scopes = loadScopes(jobs);
      List<ActivatedJob> activated = new ArrayList<>(jobs.size());
      for (Job job : jobs) {
        activated.add(toActivated(job, scopes.visible(job.elementInstanceKey(), request.fetchVariables())));
      }
      return activated;
    });
  }

  private Scopes loadScopes(List<Job> jobs) {
    Long[] instances = jobs.stream().map(Job::processInstanceKey).distinct().toArray(Long[]::new);
    Scopes scopes = new Scopes();
    jdbc.sql("""
            SELECT key, flow_scope_key FROM engine.element_instance
            WHERE process_instance_key = ANY(?)
              AND state IN ('ACTIVATING', 'ACTIVATED', 'COMPLETING', 'TERMINATING')""")
        .param(instances)
        .query((rs, i) -> scopes.parents.put(rs.getLong(1), Sql.nullableLong(rs, "flow_scope_key")))
        .list();
    jdbc.sql("SELECT scope_key, name, value FROM engine.variable WHERE process_instance_key = ANY(?)")
        .param(instances)
        .query((rs, i) -> scopes.variables.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
            .put(rs.getString(2), Sql.readJson(rs.getString(3))))
        .list();
    return scopes;
  }

  private static ActivatedJob toActivated(Job job, Map<String, Object> variables) {
    Map<String, String> headers = new LinkedHashMap<>();
    job.customHeaders().fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
    return new ActivatedJob(job.key(), job.type(), job.processInstanceKey(), job.bpmnProcessId(),
        job.processVersion(), job.processDefinitionKey(), job.elementId(), job.elementInstanceKey(), headers,
        job.worker(), job.retries(), job.deadline(), variables);
  }

  /** Element-instance parents and variables of the claimed jobs' instances. */
  private static final class Scopes {
    final Map<Long, Long> parents = new HashMap<>();
    final Map<Long, Map<String, JsonNode>> variables = new HashMap<>();

    Map<String, Object> visible(long scopeKey, List<String> fetch) {
      Deque<Long> chain = new ArrayDeque<>();
      for (Long scope = scopeKey; scope != null; scope = parents.get(scope)) {
        chain.push(scope);
      }
      Map<String, JsonNode> merged = new LinkedHashMap<>();
      chain.forEach(scope -> merged.putAll(variables.getOrDefault(scope, Map.of())));
      Map<String, Object> result = new LinkedHashMap<>();
      merged.forEach((name, value) -> {
        if (fetch.isEmpty() || fetch.contains(name)) {
          result.put(name, JsonValues.toJava(value));
        }
      });
      return result;
    }
  }
}
