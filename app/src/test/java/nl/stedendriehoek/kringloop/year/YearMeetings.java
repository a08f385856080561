package nl.stedendriehoek.kringloop.year;

import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the {@code overleg} instances a year started, by their start variables: the year plans
 * several meetings side by side (one before each AB gate, one per beat of the meeting rhythm), so a
 * test picks the one it means by subject or kind instead of taking the first meeting it finds.
 */
final class YearMeetings {

  private static final Duration PATIENCE = YearProcessTest.ASSERTION_TIMEOUT;

  private YearMeetings() {}

  /** The meeting with this subject; fails when there is none or more than one. */
  static long about(CamundaClient client, String subject) {
    List<Long> found = meetings(client).entrySet().stream()
        .filter(meeting -> ("\"" + subject + "\"").equals(meeting.getValue().get("overlegOnderwerp")))
        .map(Map.Entry::getKey).toList();
    if (found.size() != 1) {
      throw new AssertionError("Expected one meeting about '" + subject + "', found " + found.size());
    }
    return found.get(0);
  }

  /** The meetings of the year of one kind ({@code ambtelijk}, {@code bestuurlijk}), oldest first. */
  static List<Long> ofKind(CamundaClient client, String year, String kind) {
    return meetings(client).entrySet().stream()
        .filter(meeting -> ("\"" + year + "\"").equals(meeting.getValue().get("jaar"))
            && ("\"" + kind + "\"").equals(meeting.getValue().get("overlegSoort")))
        .map(Map.Entry::getKey).sorted().toList();
  }

  /** Waits (up to the assertion timeout) until the year has {@code count} meetings of the kind. */
  static List<Long> awaitOfKind(CamundaClient client, String year, String kind, int count) {
    return await().atMost(PATIENCE).until(() -> ofKind(client, year, kind), meetings -> meetings.size() == count);
  }

  /** Every {@code overleg} instance with its root variables as JSON text. */
  private static Map<Long, Map<String, String>> meetings(CamundaClient client) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId("overleg"))
        .page(p -> p.limit(1000)).send().join().items().stream()
        .map(ProcessInstance::getProcessInstanceKey)
        .collect(Collectors.toMap(key -> key, key -> rootVariables(client, key)));
  }

  private static Map<String, String> rootVariables(CamundaClient client, long instance) {
    return client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).scopeKey(instance))
        .withFullValues().page(p -> p.limit(1000)).send().join().items().stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(variable -> variable.getName(), variable -> variable.getValue(),
            (first, second) -> first));
  }
}
