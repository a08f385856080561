package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completing a task in the Tasklist records who did it ({@code voltooidDoor}) from the login, never
 * from what the browser sent: the AB's decision register relies on it.
 */
class TaskCompletedByTest {

  @TempDir static Path dataDirectory;

  private static KringloopInstance kringloop;
  private static TestProcesses processes;

  @BeforeAll
  static void start() {
    kringloop = KringloopInstance.startOn(dataDirectory);
    processes = new TestProcesses(kringloop);
    processes.deploy("test-scan-deventer", "Themascan Deventer (test)", "Themascan invullen", "gemeente-deventer",
        "2099-01-01T00:00:00Z");
  }

  @AfterAll
  static void stop() {
    if (kringloop != null) {
      kringloop.close();
    }
  }

  @Test
  void completionCarriesTheLoggedInUsernameEvenWhenTheBrowserSendsAnother() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    ConsoleSession deventer = ConsoleSession.loggedIn(kringloop, "deventer", DemoParticipants.DEMO_PASSWORD);
    deventer.get("/tasklist/" + task);

    // when
    HttpResponse<String> response = deventer.post("/tasklist/" + task + "/afronden",
        Map.of("variables", "{\"relevantie\": 3, \"voltooidDoor\": \"ab\"}"));

    // then
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(processes.processVariables(task)).containsEntry("voltooidDoor", "\"deventer\"");
  }
}
