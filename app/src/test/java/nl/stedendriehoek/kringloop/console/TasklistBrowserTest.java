package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The Tasklist as a civil servant uses it, in headless Chromium: log in, open the task, fill in
 * the Camunda form rendered by form-js, complete it; and what another municipality cannot see.
 * axe-core checks the inbox and the task page for serious or critical accessibility problems.
 */
class TasklistBrowserTest {

  private static final String PASSWORD = DemoParticipants.DEMO_PASSWORD;

  @TempDir static Path dataDirectory;
  @TempDir Path profile;

  private static KringloopInstance kringloop;
  private static TestProcesses processes;
  private static String base;
  private ChromeDriver browser;

  @BeforeAll
  static void start() {
    kringloop = KringloopInstance.startOn(dataDirectory);
    processes = new TestProcesses(kringloop);
    processes.deploy("test-scan-deventer", "Themascan Deventer (test)", "Themascan invullen", "gemeente-deventer",
        "2099-01-01T00:00:00Z");
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) kringloop.context()).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (kringloop != null) {
      kringloop.close();
    }
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void municipalityUserOpensTheirTaskFillsInTheFormAndCompletesIt() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    browser = HeadlessChromium.start(profile);
    logIn("deventer");

    // when
    browser.findElement(By.cssSelector("tr[data-task-key='" + task + "'] a")).click();
    WebElement relevance = waitFor(By.cssSelector("#formulier .fjs-form-field-number input"));
    browser.findElement(By.id("afronden")).click();
    waitFor(By.cssSelector("#formulier .fjs-form-field-error"));
    relevance.sendKeys("4");
    browser.findElement(By.cssSelector("#formulier .fjs-form-field-textfield input")).sendKeys("Past bij ons beleid");
    browser.findElement(By.id("afronden")).click();

    // then
    WebElement confirmation = waitFor(By.id("bevestiging"));
    assertThat(confirmation.getText()).contains("Themascan invullen").contains("is afgerond");
    assertThat(browser.getCurrentUrl()).endsWith("/tasklist");
    assertThat(processes.state(task)).isEqualTo(UserTaskState.COMPLETED);
    assertThat(processes.processVariables(task))
        .containsEntry("relevantie", "4")
        .containsEntry("toelichting", "\"Past bij ons beleid\"");
  }

  @Test
  void anAbMemberApprovesTheFocusProposalWithTheRealForm() {
    // given
    processes.deployWithShippedForm("test-ab-besluit", "Besluit AB (test)", "Besluit over de focuspunten", "ab",
        "kringloop-ab-besluit-focuspunten");
    long task = processes.start("test-ab-besluit", "CE-2026");
    browser = HeadlessChromium.start(profile);
    logIn("ab");

    // when
    browser.findElement(By.cssSelector("tr[data-task-key='" + task + "'] a")).click();
    WebElement approve = waitFor(By.xpath("//*[@id='formulier']//label[normalize-space(.)='Goedkeuren']"));
    approve.click();
    browser.findElement(By.cssSelector("#formulier .fjs-form-field-textarea textarea"))
        .sendKeys("De drie focuspunten passen bij de ambities van de regio.");
    browser.findElement(By.id("afronden")).click();

    // then
    WebElement confirmation = waitFor(By.id("bevestiging"));
    assertThat(confirmation.getText()).contains("Besluit over de focuspunten").contains("is afgerond");
    assertThat(processes.state(task)).isEqualTo(UserTaskState.COMPLETED);
    assertThat(processes.processVariables(task))
        .containsEntry("besluitUitkomst", "\"goedgekeurd\"")
        .containsEntry("besluitMotivering", "\"De drie focuspunten passen bij de ambities van de regio.\"")
        .containsEntry("voltooidDoor", "\"ab\"");
  }

  @Test
  void userOfAnotherMunicipalityNeitherSeesNorOpensTheTask() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    browser = HeadlessChromium.start(profile);
    logIn("zutphen");

    // when
    boolean listed = !browser.findElements(By.cssSelector("tr[data-task-key='" + task + "']")).isEmpty();
    browser.get(base + "/tasklist/" + task);

    // then
    assertThat(listed).isFalse();
    waitFor(By.id("niet-gevonden"));
    assertThat(browser.findElements(By.id("taakformulier"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain("Themascan Deventer");
  }

  @Test
  void inboxAndTaskPageHaveNoSeriousOrCriticalAccessibilityViolations() {
    // given
    long task = processes.start("test-scan-deventer", "CE-2026");
    browser = HeadlessChromium.start(profile);
    logIn("deventer");

    // when
    var inbox = HeadlessChromium.axe(browser);
    browser.get(base + "/tasklist/" + task);
    waitFor(By.cssSelector("#formulier .fjs-form-field-number input"));
    var taskPage = HeadlessChromium.axe(browser);

    // then
    assertThat(HeadlessChromium.seriousOrCritical(inbox)).as("inbox").isEmpty();
    assertThat(HeadlessChromium.seriousOrCritical(taskPage)).as("task page").isEmpty();
  }

  @Test
  void kwartiermakerStartsAYearWithTheRealStartForm() {
    // given
    CamundaClient camunda = kringloop.context().getBean(CamundaClient.class);
    long definition = camunda.newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId("kwartiermaker-jaar").isLatestVersion(true)).send().join()
        .items().get(0).getProcessDefinitionKey();
    browser = HeadlessChromium.start(profile);
    logIn("kwartiermaker");

    // when: the year code and the three dates typed as the browser's locale writes dates; the municipalities
    // (all eight) and the meeting rhythm (every six weeks) keep the form's defaults
    browser.get(base + "/processen/" + definition);
    waitFor(By.cssSelector("#formulier .fjs-form-field-textfield input")).sendKeys("CE-2031");
    List<WebElement> dates = browser.findElements(By.cssSelector("#formulier .fjs-form-field-datetime input")).stream()
        .filter(WebElement::isDisplayed).toList();
    assertThat(dates).hasSize(3);
    type(dates.get(0), LocalDate.of(2031, 2, 14));
    type(dates.get(1), LocalDate.of(2031, 3, 31));
    type(dates.get(2), LocalDate.of(2031, 12, 12));
    browser.findElement(By.id("starten")).click();

    // then
    assertThat(waitFor(By.id("gestart")).getText()).contains("Kwartiermakersjaar");
    var started = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId("kwartiermaker-jaar")).send().join().items(), items -> !items.isEmpty());
    Map<String, String> variables = new HashMap<>();
    camunda.newVariableSearchRequest().filter(f -> f.processInstanceKey(started.get(0).getProcessInstanceKey()))
        .send().join().items().forEach(v -> variables.put(v.getName(), v.getValue()));
    assertThat(variables).containsEntry("jaar", "\"CE-2031\"")
        .containsEntry("scanDeadline", "\"2031-02-14\"")
        .containsEntry("voorstelDeadline", "\"2031-03-31\"")
        .containsEntry("jaarEinde", "\"2031-12-12\"")
        .containsEntry("overlegritme", "\"zeswekelijks\"");
    assertThat(variables.get("gemeenten")).contains("apeldoorn").contains("zutphen");
  }

  /** Types a date the way form-js expects it: in the browser's own locale format, then leaves the field. */
  private void type(WebElement field, LocalDate date) {
    String text = (String) browser.executeScript("return new Intl.DateTimeFormat('default')"
        + ".format(new Date(Date.UTC(arguments[0], arguments[1] - 1, arguments[2])));",
        date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    field.sendKeys(text);
    field.sendKeys(Keys.TAB);
  }

  private void logIn(String username) {
    HeadlessChromium.logIn(browser, base, username, PASSWORD);
  }

  private WebElement waitFor(By locator) {
    return HeadlessChromium.waitFor(browser, locator);
  }
}
