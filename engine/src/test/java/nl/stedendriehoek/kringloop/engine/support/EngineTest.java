package nl.stedendriehoek.kringloop.engine.support;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.ActivateJobsRequest;
import nl.stedendriehoek.kringloop.engine.api.ActivatedJob;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.DeploymentResult;
import nl.stedendriehoek.kringloop.engine.api.ElementInstanceView;
import nl.stedendriehoek.kringloop.engine.api.EngineQueries;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.IncidentFilter;
import nl.stedendriehoek.kringloop.engine.api.IncidentView;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of engine tests: one engine per test class on the shared test database, wiped before each
 * test, with the clock pinned to {@link #T0}. Helpers keep tests to given/when/then.
 */
public abstract class EngineTest {

  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  public static final int MAX_VARIABLES_BYTES = 4 * 1024 * 1024;

  protected static KringloopEngine engine;
  protected static EngineService service;
  protected static EngineQueries queries;
  protected static EngineClock clock;

  @BeforeAll
  static void startEngine() {
    clock = new EngineClock();
    clock.pin(T0);
    engine = KringloopEngine.start(TestDatabase.dataSource(), clock, MAX_VARIABLES_BYTES);
    service = engine.service();
    queries = engine.queries();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @BeforeEach
  void cleanState() {
    TestDatabase.wipe();
    engine.clearCaches();
    clock.pin(T0);
  }

  protected static DeploymentResult deploy(BpmnModelInstance model) {
    return service.deploy(List.of(new Resource("process.bpmn",
        Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8))));
  }

  protected static long start(String processId, Map<String, Object> variables) {
    return service.createProcessInstance(CreateProcessInstance.latest(processId, variables)).processInstanceKey();
  }

  protected static long start(String processId) {
    return start(processId, Map.of());
  }

  protected static List<ActivatedJob> activate(String type, int max) {
    return service.activateJobs(new ActivateJobsRequest(type, "test-worker", Duration.ofMinutes(5), max, null));
  }

  /** Activates exactly one job of the type (fails otherwise). */
  protected static ActivatedJob activateOne(String type) {
    List<ActivatedJob> jobs = activate(type, 10);
    if (jobs.size() != 1) {
      throw new AssertionError("Expected exactly one job of type '" + type + "', but got " + jobs.size());
    }
    return jobs.get(0);
  }

  protected static void completeJob(String type, Map<String, Object> variables) {
    service.completeJob(activateOne(type).jobKey(), variables);
  }

  protected static String processState(long processInstanceKey) {
    return queries.processInstance(processInstanceKey).state();
  }

  /** "elementId:STATE" of each element instance, in creation order. */
  protected static List<String> elementStates(long processInstanceKey) {
    return queries.elementInstances(processInstanceKey).stream()
        .map(e -> e.elementId() + ":" + e.state())
        .toList();
  }

  protected static List<String> activeElements(long processInstanceKey) {
    return queries.elementInstances(processInstanceKey).stream()
        .filter(e -> !e.state().equals("COMPLETED") && !e.state().equals("TERMINATED"))
        .map(ElementInstanceView::elementId)
        .toList();
  }

  protected static List<IncidentView> activeIncidents(long processInstanceKey) {
    return queries.incidents(new IncidentFilter(processInstanceKey, "ACTIVE"));
  }

  protected static Map<String, Object> variables(long processInstanceKey) {
    return queries.processVariables(processInstanceKey);
  }

  /** Waits (bounded) for a condition that another thread makes true; no fixed sleeps. */
  protected static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }
}
