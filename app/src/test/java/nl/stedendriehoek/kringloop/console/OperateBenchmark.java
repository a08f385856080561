package nl.stedendriehoek.kringloop.console;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.stedendriehoek.kringloop.engine.api.CreateProcessInstance;
import nl.stedendriehoek.kringloop.engine.api.EngineService;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;

/**
 * Operate's pages with many instances (issue 9): starts the whole app on a fresh embedded
 * database, creates {@code bench.instances} (default 100,000) instances of a one-service-task
 * process through the engine's command API (they wait at the task, whose jobs nobody works; years CE-2020 … CE-2029 in
 * variable {@code jaar}), puts one in incident, then times the Operate pages over HTTP as a
 * logged-in process owner (loopback, so close to server time). Not a test: run it by hand and
 * copy the figures into docs/performance.md.
 *
 * <pre>
 * ./mvnw -q -o -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp app/target/test-classes:app/target/classes:$(cat /tmp/cp.txt) -Dbench.instances=100000 \
 *   nl.stedendriehoek.kringloop.console.OperateBenchmark
 * </pre>
 */
public final class OperateBenchmark {

  private static final String WAITING = "bench-operate-wachten";

  private OperateBenchmark() {}

  public static void main(String[] args) throws Exception {
    int instances = Integer.getInteger("bench.instances", 100_000);
    int samples = Integer.getInteger("bench.samples", 30);
    int threads = Integer.getInteger("bench.threads", 4);
    Path data = Files.createTempDirectory("kringloop-operate-bench");
    try (KringloopInstance kringloop = KringloopInstance.startOn(data)) {
      IncidentProcess process = new IncidentProcess(kringloop);
      process.deploy();
      deployWaiting(kringloop);
      generate(kringloop.context().getBean(EngineService.class), instances, threads);
      long incident = process.startWithIncident("CE-2026");
      ConsoleSession owner = ConsoleSession.loggedIn(kringloop, "procesbeheer", DemoParticipants.DEMO_PASSWORD);
      String definition = firstMatch(owner.get("/operate").body(), "/operate/processen/");

      System.out.printf("%n%d instances; %d samples per page after 3 warm-up calls%n", instances + 1, samples);
      System.out.println("| page | p50 (ms) | p95 (ms) | max (ms) |");
      System.out.println("|---|---:|---:|---:|");
      time("overview `/operate`", samples, () -> owner.get("/operate"));
      time("instances list, first page (newest first)", samples, () -> owner.get("/operate/instanties"));
      time("instances list, page 2000", samples, () -> owner.get("/operate/instanties?pagina=2000"));
      time("instances list, with incident", samples, () -> owner.get("/operate/instanties?incident=ja"));
      time("instances list, `jaar` = CE-2026 (10% of all)", samples, () -> owner.get("/operate/instanties?jaar=CE-2026"));
      time("instance page (with incident)", samples, () -> owner.get("/operate/instanties/" + incident));
      time("diagram XML", samples, () -> owner.get("/operate/processen/" + definition + "/xml"));
      time("process definition page (statistics)", samples, () -> owner.get("/operate/processen/" + definition));
    }
  }

  /** The bulk: one service task whose jobs nobody works (another job type than the incident's). */
  private static void deployWaiting(KringloopInstance kringloop) {
    var model = io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess(WAITING)
        .name("Wachten (benchmark)")
        .startEvent("start")
        .serviceTask("wachten", task -> task.name("Wachten").zeebeJobType(WAITING))
        .endEvent("einde")
        .done();
    kringloop.context().getBean(io.camunda.client.CamundaClient.class).newDeployResourceCommand()
        .addProcessModel(model, WAITING + ".bpmn").send().join();
  }

  private static void generate(EngineService engine, int instances, int threads) throws InterruptedException {
    long started = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < instances) {
          engine.createProcessInstance(CreateProcessInstance.latest(WAITING,
              Map.of("jaar", "CE-" + (2020 + i % 10), "volgnummer", i)));
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.HOURS);
    System.out.printf("generated %d instances in %.0f s%n", instances, (System.nanoTime() - started) / 1e9);
  }

  private static void time(String page, int samples, Supplier<HttpResponse<String>> call) {
    for (int i = 0; i < 3; i++) {
      check(call.get(), page);
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      check(call.get(), page);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf("| %s | %.0f | %.0f | %.0f |%n", page, percentile(millis, 50), percentile(millis, 95),
        millis.get(millis.size() - 1));
  }

  private static void check(HttpResponse<String> response, String page) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(page + " answered " + response.statusCode());
    }
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  private static String firstMatch(String html, String prefix) {
    int at = html.indexOf(prefix);
    if (at < 0) {
      throw new IllegalStateException("No " + prefix + " link on the overview");
    }
    int end = at + prefix.length();
    while (end < html.length() && Character.isDigit(html.charAt(end))) {
      end++;
    }
    return html.substring(at + prefix.length(), end);
  }
}
