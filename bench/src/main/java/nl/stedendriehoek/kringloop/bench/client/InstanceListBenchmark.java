package nl.stedendriehoek.kringloop.bench.client;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Operate's instance list and diagram statistics over {@code instances} process instances. A
 * thousand are created through the client (a user task each, two variables, a tenth cancelled);
 * the rest are SQL copies of their rows with shifted keys and start dates — the same shape, made in
 * seconds rather than minutes. History records are not copied (no search reads them).
 */
final class InstanceListBenchmark {

  private static final String PROCESS = "operate-bench";
  private static final int SEED = 1000;
  private static final long KEY_STRIDE = 10_000_000L;
  private static final List<String> MUNICIPALITIES =
      List.of("Apeldoorn", "Brummen", "Deventer", "Epe", "Lochem", "Voorst", "Zutphen", "Olst-Wijhe");

  private final CamundaClient client;
  private final ServerTimes times;
  private final JdbcTemplate jdbc;

  InstanceListBenchmark(CamundaClient client, ServerTimes times, JdbcTemplate jdbc) {
    this.client = client;
    this.times = times;
    this.jdbc = jdbc;
  }

  String run(int instances, int iterations) throws InterruptedException {
    long definition = Load.deploy(client, PROCESS, Bpmn.createExecutableProcess(PROCESS).startEvent("start")
        .userTask("beoordelen", t -> t.zeebeUserTask().zeebeCandidateGroups("procesbeheer")).endEvent("end").done());
    List<Long> seed = Load.create(client, PROCESS, SEED,
        i -> Map.of("gemeente", MUNICIPALITIES.get(i % MUNICIPALITIES.size()), "jaar", 2020 + i % 7));
    for (int i = 0; i < seed.size(); i += 10) {
      client.newCancelInstanceCommand(seed.get(i)).send().join();
    }
    copy(instances / SEED - 1);
    jdbc.execute("ANALYZE");
    long total = jdbc.queryForObject("SELECT count(*) FROM engine.process_instance WHERE bpmn_process_id = ?",
        Long.class, PROCESS);

    Percentiles all = measure(iterations, "/v2/process-instances/search", () -> client.newProcessInstanceSearchRequest()
        .sort(s -> s.startDate().desc()).page(p -> p.limit(50)).send().join());
    Percentiles active = measure(iterations, "/v2/process-instances/search", () -> client
        .newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(PROCESS).state(ProcessInstanceState.ACTIVE))
        .sort(s -> s.startDate().desc()).page(p -> p.limit(50)).send().join());
    Percentiles byVariable = measure(iterations, "/v2/process-instances/search", () -> client
        .newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(PROCESS).variables(List.of(v -> v.name("gemeente").value("\"Epe\""))))
        .page(p -> p.limit(50)).send().join());
    Percentiles statistics = measure(Math.max(5, iterations / 5),
        "/v2/process-definitions/" + definition + "/statistics/element-instances",
        () -> client.newProcessDefinitionElementStatisticsRequest(definition).send().join());
    return total + " instances of one definition (" + total / 10 + " cancelled), "
        + jdbc.queryForObject("SELECT count(*) FROM engine.element_instance", Long.class) + " element instances, "
        + jdbc.queryForObject("SELECT count(*) FROM engine.variable", Long.class) + " variables.\n\n"
        + Percentiles.header()
        + all.row("first page (50), all instances, sorted by `startDate` desc, with `totalItems`")
        + active.row("first page (50), `processDefinitionId` + `state=ACTIVE`, sorted by `startDate` desc")
        + byVariable.row("first page (50), `variables: [{gemeente = \"Epe\"}]`")
        + statistics.row("element statistics of the definition (all " + total + " instances)");
  }

  private Percentiles measure(int iterations, String path, Runnable request) {
    for (int i = 0; i < Math.max(3, iterations / 4); i++) {
      request.run();
    }
    times.reset();
    for (int i = 0; i < iterations; i++) {
      request.run();
    }
    return Percentiles.of(times.of(path));
  }

  /** Copies the seed instances' rows {@code copies} times, keys shifted by a stride, start dates by minutes. */
  private void copy(int copies) {
    String seedInstances = "process_instance_key IN (SELECT key FROM engine.process_instance WHERE bpmn_process_id = '"
        + PROCESS + "')";
    for (String table : List.of("process_instance", "element_instance", "variable", "user_task", "incident", "job")) {
      List<String> columns = jdbc.queryForList("""
          SELECT column_name FROM information_schema.columns
          WHERE table_schema = 'engine' AND table_name = ? ORDER BY ordinal_position""", String.class, table);
      String values = columns.stream().map(InstanceListBenchmark::copied).collect(Collectors.joining(", "));
      String where = table.equals("process_instance") ? "bpmn_process_id = '" + PROCESS + "'" : seedInstances;
      jdbc.update("INSERT INTO engine." + table + " (" + String.join(", ", columns) + ") SELECT " + values
          + " FROM engine." + table + " CROSS JOIN generate_series(1, " + copies + ") AS copy(m) WHERE " + where);
    }
  }

  private static String copied(String column) {
    return switch (column) {
      case "key", "process_instance_key", "element_instance_key", "scope_key", "flow_scope_key", "job_key",
          "parent_process_instance_key", "parent_element_instance_key" -> column + " + copy.m * " + KEY_STRIDE;
      case "start_date", "creation_date", "created_at" -> column + " - copy.m * interval '1 minute'";
      default -> column;
    };
  }
}
