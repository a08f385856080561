package nl.stedendriehoek.kringloop.engine.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecision;
import org.camunda.dmn.parser.ParsedDmn;
import org.springframework.jdbc.core.simple.JdbcClient;
import scala.util.Either;

/**
 * Deployed decisions, evaluated with dmn-scala. A DMN resource is parsed once per decision
 * requirements version (at deployment, or on first use after a restart) and the parsed model is
 * cached by that version's key: it is immutable, so one serves every thread.
 */
public final class Decisions implements DecisionLookup {

  private static final String COLUMNS =
      "key, decision_id, decision_name, version, decision_requirements_key, decision_requirements_id";

  private final JdbcClient jdbc;
  private final DmnEngine dmn = new DmnEngine.Builder().build();
  private final Map<Long, ParsedDmn> parsed = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, DeployedDecision>> byRequirements = new ConcurrentHashMap<>();

  public Decisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The decisions (id → name) of a DMN resource; throws with dmn-scala's reason when it does not parse. */
  public Map<String, String> parse(byte[] content) {
    ParsedDmn model = parseOrThrow(content);
    Map<String, String> decisions = new LinkedHashMap<>();
    scala.jdk.javaapi.CollectionConverters.asJava(model.decisions())
        .forEach((ParsedDecision d) -> decisions.put(d.id(), d.name()));
    return decisions;
  }

  /** Remembers a freshly deployed resource's parsed model (the deployment already parsed it). */
  public void remember(long decisionRequirementsKey, byte[] content) {
    parsed.computeIfAbsent(decisionRequirementsKey, key -> parseOrThrow(content));
  }

  /** The latest version of a decision id that is not deleted (its DRG was not deleted). */
  @Override
  public Optional<DeployedDecision> latest(String decisionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM engine.decision WHERE decision_id = ? AND deleted_at IS NULL"
            + " ORDER BY version DESC LIMIT 1")
        .param(decisionId)
        .query(Decisions::decision)
        .optional();
  }

  /** All decisions that are not deleted, for queries. */
  public List<DeployedDecision> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM engine.decision WHERE deleted_at IS NULL ORDER BY key").query(Decisions::decision).list();
  }

  @Override
  public DecisionEvaluation evaluate(DeployedDecision decision, Map<String, JsonNode> variables) {
    ParsedDmn model = parsed.computeIfAbsent(decision.decisionRequirementsKey(), this::load);
    Map<String, Object> context = new LinkedHashMap<>();
    variables.forEach((name, value) -> context.put(name, Sql.JSON.convertValue(value, Object.class)));
    Either<DmnEngine.EvalFailure, DmnEngine.EvalResult> result;
    try {
      result = dmn.eval(model, decision.decisionId(), context);
    } catch (RuntimeException e) {
      return new DecisionEvaluation(decision, null, String.valueOf(e.getMessage()), List.of());
    }
    if (result.isLeft()) {
      DmnEngine.EvalFailure failure = result.left().get();
      return new DecisionEvaluation(decision, null, failure.failure().message(),
          DecisionAudit.read(failure.auditLog(), inRequirements(decision.decisionRequirementsKey())));
    }
    DmnEngine.EvalResult value = result.right().get();
    Object output = value instanceof DmnEngine.Result r ? r.value() : null;
    Audit.AuditLog log = value instanceof DmnEngine.Result r ? r.auditLog()
        : value instanceof DmnEngine.NilResult nil ? nil.auditLog() : null;
    return new DecisionEvaluation(decision, Sql.JSON.valueToTree(ScalaValues.toJava(output)), null,
        DecisionAudit.read(log, inRequirements(decision.decisionRequirementsKey())));
  }

  /**
   * The deployed decisions of one decision requirements version, by decision id; read once per
   * version, like its parsed model (keys and versions of a deployed version never change).
   */
  private Map<String, DeployedDecision> inRequirements(long decisionRequirementsKey) {
    return byRequirements.computeIfAbsent(decisionRequirementsKey, key -> {
      Map<String, DeployedDecision> decisions = new LinkedHashMap<>();
      jdbc.sql("SELECT " + COLUMNS + " FROM engine.decision WHERE decision_requirements_key = ?")
          .param(key).query(Decisions::decision).list()
          .forEach(d -> decisions.put(d.decisionId(), d));
      return Map.copyOf(decisions);
    });
  }

  /** Forgets every parsed model and decision list (tests that wipe the schema). */
  public void clearCache() {
    parsed.clear();
    byRequirements.clear();
  }

  private ParsedDmn load(long decisionRequirementsKey) {
    byte[] content = jdbc.sql("SELECT content FROM engine.resource WHERE kind = 'DMN' AND key = ?")
        .param(decisionRequirementsKey).query(byte[].class).single();
    return parseOrThrow(content);
  }

  private ParsedDmn parseOrThrow(byte[] content) {
    Either<DmnEngine.Failure, ParsedDmn> result = dmn.parse(new ByteArrayInputStream(content));
    if (result.isLeft()) {
      throw new IllegalArgumentException(result.left().get().message());
    }
    return result.right().get();
  }

  private static DeployedDecision decision(ResultSet rs, int row) throws SQLException {
    return new DeployedDecision(rs.getLong("key"), rs.getString("decision_id"), rs.getString("decision_name"),
        rs.getInt("version"), rs.getLong("decision_requirements_key"), rs.getString("decision_requirements_id"));
  }

  /** Converts what dmn-scala returns (Scala maps and lists, Java values) into plain Java for Jackson. */
  static final class ScalaValues {

    private ScalaValues() {}

    static Object toJava(Object value) {
      if (value instanceof scala.collection.Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        scala.jdk.javaapi.CollectionConverters.asJava(map).forEach((k, v) -> result.put(String.valueOf(k), toJava(v)));
        return result;
      }
      if (value instanceof scala.collection.Iterable<?> list) {
        List<Object> result = new ArrayList<>();
        scala.jdk.javaapi.CollectionConverters.asJava(list).forEach(v -> result.add(toJava(v)));
        return result;
      }
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), toJava(v)));
        return result;
      }
      if (value instanceof List<?> list) {
        return list.stream().map(ScalaValues::toJava).toList();
      }
      if (value instanceof scala.math.BigDecimal decimal) {
        return decimal.bigDecimal();
      }
      if (value instanceof scala.Option<?> option) {
        return option.isEmpty() ? null : toJava(option.get());
      }
      return value;
    }
  }
}
