package nl.stedendriehoek.kringloop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.stedendriehoek.kringloop.database.EmbeddedPostgresServer;

/**
 * Runs the engine benchmark and prints a Markdown table for docs/performance.md.
 *
 * <pre>
 * ./mvnw -q -pl bench -am install -DskipTests
 * ./mvnw -q -pl bench exec:java -Dbench.engines=kringloop,camunda7 -Dbench.tasks=1,10 \
 *     -Dbench.warmup=20 -Dbench.measure=40
 * </pre>
 *
 * One PostgreSQL 17 (zonky binaries) with fsync, synchronous_commit and full_page_writes on; a
 * fresh database per run, so no run inherits another's rows.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> engines = List.of(System.getProperty("bench.engines", "kringloop,camunda7").split(","));
    List<Integer> chains =
        List.of(System.getProperty("bench.tasks", "1,10").split(",")).stream().map(Integer::valueOf).toList();
    LoadRun.Settings settings =
        new LoadRun.Settings(
            Integer.getInteger("bench.inflight", 64),
            Integer.getInteger("bench.starters", 2),
            Integer.getInteger("bench.workers", 4),
            Integer.getInteger("bench.fetch", 32),
            Duration.ofSeconds(Integer.getInteger("bench.warmup", 20)),
            Duration.ofSeconds(Integer.getInteger("bench.measure", 40)));
    System.out.println(run(engines, chains, settings));
  }

  static String run(List<String> engines, List<Integer> chains, LoadRun.Settings settings) throws Exception {
    Path dataDirectory = Files.createTempDirectory("kringloop-bench");
    List<LoadRun.Result> results = new ArrayList<>();
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0, true)) {
      int run = 0;
      for (int tasks : chains) {
        for (String engine : engines) {
          String database = "bench_" + engine + "_" + tasks + "_" + run++;
          createDatabase(postgres, database);
          String url = "jdbc:postgresql://localhost:" + postgres.port() + "/" + database + "?user=postgres";
          try (BenchEngine underTest = engineFactory(engine, settings).apply(url)) {
            results.add(new LoadRun(underTest, tasks, settings).run());
          }
        }
      }
    }
    return table(results, settings);
  }

  private static Function<String, BenchEngine> engineFactory(String name, LoadRun.Settings settings) {
    int poolSize = settings.starters() + settings.workers() + 2;
    return switch (name) {
      case "kringloop" -> url -> new KringloopEngineUnderTest(url, poolSize);
      case "camunda7" -> url -> new Camunda7Engine(url, poolSize);
      default -> throw new IllegalArgumentException("Unknown engine '" + name + "': kringloop or camunda7");
    };
  }

  private static void createDatabase(EmbeddedPostgresServer postgres, String name) throws SQLException {
    String url = "jdbc:postgresql://localhost:" + postgres.port() + "/postgres?user=postgres";
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
  }

  static String table(List<LoadRun.Result> results, LoadRun.Settings settings) {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT,
        "%d in flight, %d starter and %d worker threads, fetch %d, warm-up %ds, measured %ds; %d cores, Java %s%n%n",
        settings.inFlight(), settings.starters(), settings.workers(), settings.fetchSize(),
        settings.warmup().toSeconds(), settings.measure().toSeconds(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    table.append("| engine | service tasks | instances/s | jobs/s | p50 start→end (ms) | p99 start→end (ms) | errors |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (LoadRun.Result r : results) {
      table.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.1f | %.1f | %d |%n",
          r.engine(), r.tasks(), r.instancesPerSecond(), r.jobsPerSecond(), r.p50Millis(), r.p99Millis(), r.errors()));
    }
    results.stream().filter(r -> r.firstError() != null)
        .forEach(r -> table.append("\nFirst error of ").append(r.engine()).append(": ").append(r.firstError()).append('\n'));
    return table.toString();
  }
}
