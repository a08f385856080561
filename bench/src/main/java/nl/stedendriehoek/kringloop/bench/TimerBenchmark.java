package nl.stedendriehoek.kringloop.bench;

import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import nl.stedendriehoek.kringloop.database.EmbeddedPostgresServer;
import nl.stedendriehoek.kringloop.engine.KringloopEngine;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.engine.api.Resource;
import nl.stedendriehoek.kringloop.engine.clock.EngineClock;
import nl.stedendriehoek.kringloop.engine.state.EngineSchemaConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A timer-heavy workload: N process instances each wait at a timer catch event whose due date is
 * spread over a window that starts after all of them exist. Measures what pending timers cost
 * (JVM heap, PostgreSQL rows and bytes), what the engine does while they wait (process CPU), and
 * how late they fire once due (end of the instance minus the timer's due date: p50, p95, max).
 * The engine runs on the real clock with its own scheduler thread: nothing is poked by hand.
 *
 * <pre>
 * ./mvnw -q -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp
 * java -cp bench/target/classes:$(cat /tmp/bench.cp) nl.stedendriehoek.kringloop.bench.TimerBenchmark \
 *     10000 60 120
 * </pre>
 *
 * Arguments: timers (10000), spread of the due dates in seconds (60; 0 = all due at once), lead
 * time in seconds before the first one falls due (120; must exceed the time to create them).
 */
public final class TimerBenchmark {

  private static final String PROCESS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="timers"
          targetNamespace="http://kringloop.example/bench">
        <bpmn:process id="waiting" isExecutable="true">
          <bpmn:startEvent id="start"/>
          <bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait"/>
          <bpmn:intermediateCatchEvent id="wait">
            <bpmn:timerEventDefinition><bpmn:timeDate>=due</bpmn:timeDate></bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end"/>
          <bpmn:endEvent id="end"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  /** What one run measured. */
  public record Result(
      int timers, Duration spread, Duration creation, long heapBeforeBytes, long heapPendingBytes,
      long timerRows, long timerTableBytes, long engineSchemaBytes, Duration idleCpu, Duration idleWall,
      int fired, double p50Millis, double p95Millis, double maxMillis, Duration drain) {}

  private TimerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int timers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Duration spread = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
    Duration lead = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 120);
    System.out.println(table(run(timers, spread, lead, 4)));
  }

  public static Result run(int timers, Duration spread, Duration lead, int starters) throws Exception {
    Path dataDirectory = Files.createTempDirectory("kringloop-timer-bench");
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
      String database = "bench_timers";
      try (Connection c = DriverManager.getConnection(url(postgres, "postgres")); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + database);
      }
      try (HikariDataSource dataSource = BenchDataSource.pool(url(postgres, database), starters + 4)) {
        Flyway.configure().dataSource(dataSource).schemas(EngineSchemaConfiguration.SCHEMA).createSchemas(true)
            .locations("classpath:db/engine").load().migrate();
        KringloopEngine engine = KringloopEngine.start(dataSource, new EngineClock(), 4 * 1024 * 1024);
        try {
          return measure(engine, JdbcClient.create(dataSource), timers, spread, lead, starters);
        } finally {
          engine.close();
        }
      }
    }
  }

  private static Result measure(KringloopEngine engine, JdbcClient jdbc, int timers, Duration spread, Duration lead,
      int starters) throws Exception {
    EngineService service = engine.service();
    service.deploy(List.of(new Resource("waiting.bpmn", PROCESS.getBytes(StandardCharsets.UTF_8))));
    long heapBefore = usedHeapAfterGc();
    Instant begin = Instant.now();
    Instant firstDue = begin.plus(lead);
    createWaitingInstances(service, timers, firstDue, spread, starters);
    Duration creation = Duration.between(begin, Instant.now());
    if (Instant.now().isAfter(firstDue)) {
      throw new IllegalStateException("Creating " + timers + " instances took " + creation.toSeconds()
          + " s, longer than the lead time: give a longer lead");
    }
    long heapPending = usedHeapAfterGc();
    long rows = jdbc.sql("SELECT count(*) FROM engine.timer WHERE state = 'ACTIVE'").query(Long.class).single();
    long tableBytes = jdbc.sql("SELECT pg_total_relation_size('engine.timer')").query(Long.class).single();
    long schemaBytes = jdbc.sql("""
        SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'engine' AND c.relkind = 'r'""").query(Long.class).single();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    Instant idleFrom = Instant.now();
    sleepUntil(firstDue);
    Duration idleCpu = Duration.ofNanos(os.getProcessCpuTime() - cpuBefore);
    Duration idleWall = Duration.between(idleFrom, Instant.now());
    Instant deadline = firstDue.plus(spread).plus(Duration.ofMinutes(10));
    long completed;
    do {
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      completed = jdbc.sql("SELECT count(*) FROM engine.process_instance WHERE state = 'COMPLETED'")
          .query(Long.class).single();
    } while (completed < timers && Instant.now().isBefore(deadline));
    Map<String, Object> latency = jdbc.sql("""
        SELECT count(*) AS fired,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
               percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
               max(ms) AS max, max(p_end) AS last_end
        FROM (SELECT extract(epoch FROM (p.end_date - t.due_date)) * 1000 AS ms, p.end_date AS p_end
              FROM engine.timer t JOIN engine.process_instance p ON p.key = t.process_instance_key
              WHERE t.state = 'TRIGGERED' AND p.state = 'COMPLETED') fired""").query().singleRow();
    Instant lastEnd = ((java.sql.Timestamp) latency.get("last_end")).toInstant();
    return new Result(timers, spread, creation, heapBefore, heapPending, rows, tableBytes, schemaBytes, idleCpu,
        idleWall, ((Number) latency.get("fired")).intValue(), number(latency.get("p50")), number(latency.get("p95")),
        number(latency.get("max")), Duration.between(firstDue.plus(spread), lastEnd));
  }

  private static void createWaitingInstances(EngineService service, int timers, Instant firstDue, Duration spread,
      int starters) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(starters);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < timers; i++) {
        Instant due = firstDue.plusNanos(spread.toNanos() / Math.max(timers, 1) * i);
        started.add(pool.submit(() -> service.createProcessInstance(
            CreateProcessInstance.latest("waiting", Map.of("due", due.toString())))));
      }
      for (Future<?> future : started) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void sleepUntil(Instant moment) {
    while (Instant.now().isBefore(moment)) {
      LockSupport.parkNanos(Duration.between(Instant.now(), moment).toNanos());
    }
  }

  private static double number(Object value) {
    return value == null ? Double.NaN : ((Number) value).doubleValue();
  }

  private static String url(EmbeddedPostgresServer postgres, String database) {
    return "jdbc:postgresql://localhost:" + postgres.port() + "/" + database + "?user=postgres";
  }

  public static String table(Result r) {
    return String.format(Locale.ROOT, """
        %d timers, due dates spread over %d s; %d cores, Java %s

        | what | value |
        |---|---:|
        | creating the waiting instances (4 threads) | %.1f s |
        | JVM heap after GC, before → with all timers pending | %.1f → %.1f MiB |
        | active `engine.timer` rows | %d |
        | `engine.timer` incl. indexes | %.1f MiB (%.0f bytes per timer) |
        | whole `engine` schema (instances, element instances, variables, records, timers) | %.1f MiB |
        | process CPU while the timers waited (%.0f s wall) | %.2f s |
        | timers fired | %d |
        | firing latency after due: p50 / p95 / max | %.0f / %.0f / %.0f ms |
        | last instance ended after the last due date | %.1f s |
        """,
        r.timers(), r.spread().toSeconds(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), r.creation().toMillis() / 1000.0,
        r.heapBeforeBytes() / 1048576.0, r.heapPendingBytes() / 1048576.0, r.timerRows(),
        r.timerTableBytes() / 1048576.0, (double) r.timerTableBytes() / Math.max(r.timerRows(), 1),
        r.engineSchemaBytes() / 1048576.0, r.idleWall().toMillis() / 1000.0, r.idleCpu().toMillis() / 1000.0,
        r.fired(), r.p50Millis(), r.p95Millis(), r.maxMillis(), r.drain().toMillis() / 1000.0);
  }
}
