package nl.stedendriehoek.kringloop.bench.client;

import io.camunda.client.CamundaClient;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.stedendriehoek.kringloop.gateway.grpc.GrpcServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine through its API: an in-process Kringloop (embedded PostgreSQL with durable settings,
 * REST and gRPC on loopback) driven by the real {@code CamundaClient}. Prints Markdown for
 * docs/performance.md.
 *
 * <pre>
 * ./mvnw -q -pl bench -am install -DskipTests
 * ./mvnw -q -pl bench exec:java -Dexec.mainClass=nl.stedendriehoek.kringloop.bench.client.ClientBenchmark \
 *     -Dbench.sections=inbox,instances,throughput,latency -Dbench.openTasks=5000 -Dbench.instances=100000
 * </pre>
 */
public final class ClientBenchmark {

  private ClientBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> sections = List.of(System.getProperty("bench.sections", "inbox,instances,throughput,latency")
        .split(","));
    int iterations = Integer.getInteger("bench.iterations", 100);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(BenchApplication.class)
        .properties(
            "kringloop.data-dir=" + Files.createTempDirectory("kringloop-client-bench"),
            "kringloop.database.durable=true",
            "server.address=127.0.0.1",
            "server.port=0",
            "kringloop.gateway.grpc.port=0",
            "spring.flyway.enabled=false",
            "logging.level.root=WARN")
        .run();
    ServerTimes times = app.getBean(ServerTimes.class);
    JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%d cores, Java %s, PostgreSQL durable; client and server in one JVM%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    try (CamundaClient rest = client(app, true); CamundaClient grpc = client(app, false)) {
      if (sections.contains("inbox")) {
        out.append("### Tasklist inbox\n\n")
            .append(new InboxBenchmark(rest, times, jdbc).run(Integer.getInteger("bench.openTasks", 5000), iterations))
            .append('\n');
      }
      if (sections.contains("instances")) {
        out.append("### Operate instance list\n\n").append(new InstanceListBenchmark(rest, times, jdbc)
            .run(Integer.getInteger("bench.instances", 100_000), iterations)).append('\n');
      }
      if (sections.contains("throughput")) {
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.measure", 20));
        out.append("### Throughput through the client\n\n").append(ClientThroughput.header())
            .append(new ClientThroughput(rest, "REST, long polling", false).run(64, warmup, measure))
            .append(new ClientThroughput(grpc, "gRPC, job stream", true).run(64, warmup, measure)).append('\n');
      }
      if (sections.contains("latency")) {
        int samples = Integer.getInteger("bench.samples", 200);
        out.append("### Job activation latency\n\n").append(Percentiles.header())
            .append(new JobLatency(rest, "REST, long polling", false).run(samples))
            .append(new JobLatency(grpc, "gRPC, long polling", false).run(samples))
            .append(new JobLatency(grpc, "gRPC, job stream", true).run(samples)).append('\n');
      }
      System.out.println(out);
      holdForInspection(app);
    } finally {
      app.close();
    }
  }

  /** With {@code -Dbench.hold=<seconds>}: keeps the database up after the run, for EXPLAIN in psql. */
  private static void holdForInspection(ConfigurableApplicationContext app) throws InterruptedException {
    int seconds = Integer.getInteger("bench.hold", 0);
    if (seconds > 0) {
      System.out.println("Holding for " + seconds + " s: " + app.getEnvironment().getProperty("spring.datasource.url",
          "(see the log for the embedded PostgreSQL port)"));
      Thread.sleep(seconds * 1000L);
    }
  }

  private static CamundaClient client(ConfigurableApplicationContext app, boolean preferRest) {
    int http = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    int grpc = app.getBean(GrpcServer.class).port();
    return CamundaClient.newClientBuilder()
        .restAddress(URI.create("http://127.0.0.1:" + http))
        .grpcAddress(URI.create("http://127.0.0.1:" + grpc))
        .preferRestOverGrpc(preferRest)
        .numJobWorkerExecutionThreads(4)
        .defaultRequestTimeout(Duration.ofSeconds(30))
        .build();
  }
}
