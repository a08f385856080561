package nl.stedendriehoek.kringloop.year;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.assertions.UserTaskSelectors.byElementId;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaAssert;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.process.test.api.CamundaProcessTestRuntimeMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every process test of the year shares: Camunda Process Test 8.8.14 in remote mode against
 * the app started in this JVM (the real workers do the service tasks), the shipped models deployed
 * before each test, and the steps users take in the Tasklist.
 */
abstract class YearProcessTest {

  /** Started before the extension, which checks the remote topology in its beforeAll. */
  static final KringloopInstance KRINGLOOP = ProcessTestKringloop.get();

  @RegisterExtension
  static final CamundaProcessTestExtension EXTENSION = new CamundaProcessTestExtension()
      .withRuntimeMode(CamundaProcessTestRuntimeMode.REMOTE)
      .withRemoteCamundaClientBuilderFactory(() -> CamundaClient.newClientBuilder()
          .restAddress(ProcessTestKringloop.restAddress())
          .grpcAddress(ProcessTestKringloop.grpcAddress()))
      .withRemoteCamundaMonitoringApiAddress(ProcessTestKringloop.restAddress());

  private static final AtomicInteger YEARS = new AtomicInteger(2100);
  private static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");

  CamundaClient client;
  CamundaProcessTestContext processTestContext;

  /**
   * Assertions wait for the workers up to this long (CPT's default is 10 s): on a busy two-core CI
   * machine a chain of several service tasks after a step can take longer. It changes no assertion.
   */
  static final Duration ASSERTION_TIMEOUT = Duration.ofSeconds(30);

  @BeforeEach
  void deployTheShippedModels() {
    CamundaAssert.setAssertionTimeout(ASSERTION_TIMEOUT);
    YearModels.deploy(client);
  }

  /**
   * A year code no other test uses (the domain database outlives the engine's purge), with room for
   * the next years a test may start.
   */
  static String newYear() {
    return "CE-" + YEARS.addAndGet(10);
  }

  LocalDate today() {
    return LocalDate.ofInstant(processTestContext.getCurrentTime(), REGION);
  }

  /**
   * The rhythm of the ambtelijk overleg on the start form. Every six weeks by default: the tests that
   * move the clock by months then also start such meetings, which they leave alone.
   */
  String meetingRhythm() {
    return "zeswekelijks";
  }

  /** The kwartiermaker's start form: scan deadline in three weeks, end of Q1 in three months. */
  Map<String, Object> startForm(String year, List<String> municipalities) {
    LocalDate today = today();
    return Map.of(
        "jaar", year,
        "gemeenten", municipalities,
        "scanDeadline", today.plusWeeks(3).toString(),
        "voorstelDeadline", today.plusMonths(3).toString(),
        "jaarEinde", today.plusMonths(11).toString(),
        "overlegritme", meetingRhythm());
  }

  ProcessInstanceEvent startYear(String year, List<String> municipalities) {
    return client.newCreateInstanceCommand().bpmnProcessId("kwartiermaker-jaar").latestVersion()
        .variables(startForm(year, municipalities)).send().join();
  }

  /** Every municipality hands in its scan (the first one is eager to lead building). */
  void allScansIn(int municipalities) {
    for (int i = 0; i < municipalities; i++) {
      processTestContext.completeUserTask("themascan-invullen", YearForms.scan(i == 0 ? 5 : 4, i == 0 ? "trekker"
          : "deelnemer"));
    }
  }

  void stakeholderInput() {
    processTestContext.completeUserTask("stakeholderinput-geven", YearForms.stakeholderInput());
  }

  /** From the proposal task to the AB's decision task: every municipality advises, aldermen discuss. */
  void proposeAndAdvise(ProcessInstanceEvent instance, List<Map<String, Object>> focusPoints, int municipalities) {
    processTestContext.completeUserTask("focusvoorstel-opstellen", Map.of("focuspunten", focusPoints));
    for (int i = 0; i < municipalities; i++) {
      processTestContext.completeUserTask("ambtelijk-advies-geven", YearForms.advice("steunen"));
    }
    processTestContext.completeUserTask("voorstel-bespreken", YearForms.aldermen("goedkeuren"));
    assertThat(instance).hasActiveElements("besluit-ab-focuspunten");
  }

  static final List<String> PARTICIPANTS = List.of("deventer", "zutphen");

  /** Part 1 played to the end: one focus point (circular school buildings, led by Deventer) adopted. */
  ProcessInstanceEvent yearWithAdoptedFocusPoint(String year) {
    ProcessInstanceEvent instance = startYear(year, PARTICIPANTS);
    allScansIn(PARTICIPANTS.size());
    stakeholderInput();
    proposeAndAdvise(instance, List.of(YearForms.focusPoint("4", "Circulaire schoolgebouwen", "deventer",
        PARTICIPANTS)), PARTICIPANTS.size());
    abDecides(YearForms.decision("goedgekeurd", "Akkoord.", null, "ab"));
    assertThat(instance).hasActiveElements("projectplan-opstellen");
    return instance;
  }

  /** The annual plan approved: the project (two results) runs. */
  ProcessInstanceEvent yearInExecution(String year) {
    ProcessInstanceEvent instance = yearWithAdoptedFocusPoint(year);
    processTestContext.completeUserTask("projectplan-opstellen", YearForms.projectPlan(today()));
    processTestContext.completeUserTask("besluit-ab-jaarplan", YearForms.decision("goedgekeurd", "Akkoord.", null,
        "ab"));
    assertThat(instance).hasActiveElements("projecten-uitvoeren");
    return instance;
  }

  void deliverAllResults() {
    for (int i = 0; i < 2; i++) {
      processTestContext.completeUserTask("resultaat-opleveren", Map.of("bewijs", "Opgeleverd en gedeeld.",
          "bewijsLink", "https://samenwerken.example/ce/resultaat-" + i, "voltooidDoor", "deventer"));
    }
  }

  /** Every project finished, every municipality stated its position, the kwartiermaker advised. */
  ProcessInstanceEvent yearAtGoNoGo(String year, String advice) {
    ProcessInstanceEvent instance = yearInExecution(year);
    deliverAllResults();
    for (int i = 0; i < PARTICIPANTS.size(); i++) {
      processTestContext.completeUserTask("standpunt-innemen",
          Map.of("standpunt", advice, "standpuntRedenen", "Goede resultaten met de scholen."));
    }
    processTestContext.completeUserTask("bevindingen-opstellen",
        Map.of("bevindingen", "Alle resultaten geleverd.", "adviesKwartiermaker", advice));
    assertThat(instance).hasActiveElements("besluit-ab-go-no-go").hasVariable("evaluatieGeldig", true);
    return instance;
  }

  void abDecides(Map<String, Object> decision) {
    processTestContext.completeUserTask(byElementId("besluit-ab-focuspunten"), decision);
  }

  void abDecidesGoNoGo(Map<String, Object> decision) {
    processTestContext.completeUserTask(byElementId("besluit-ab-go-no-go"), decision);
  }
}
