package nl.stedendriehoek.kringloop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark runnable: a very short run of each engine completes instances without
 * errors and prints a table. It measures nothing worth reading; docs/performance.md has the
 * figures of full runs.
 */
class BenchmarkHarnessTest {

  @Test
  void shortRunOfBothEnginesCompletesInstancesWithoutErrors() throws Exception {
    // given
    LoadRun.Settings tiny = new LoadRun.Settings(8, 1, 1, 8, Duration.ofSeconds(1), Duration.ofSeconds(2));

    // when
    String table = Benchmark.run(List.of("kringloop", "camunda7"), List.of(2), tiny);

    // then
    List<String> rows = table.lines().filter(line -> line.startsWith("| Kringloop") || line.startsWith("| Camunda")).toList();
    assertThat(rows).hasSize(2);
    for (String row : rows) {
      String[] cells = row.split("\\|");
      assertThat(Double.parseDouble(cells[3].trim())).as("instances/s in %s", table).isPositive();
      assertThat(cells[7].trim()).as("errors in %s", row).isEqualTo("0");
    }
  }
}
