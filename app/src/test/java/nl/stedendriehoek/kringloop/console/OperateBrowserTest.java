package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.nio.file.Path;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * Operate as a process owner uses it, in headless Chromium: find the instance with an incident,
 * see the incident on the bpmn-js diagram, retry it, and watch the instance complete once the
 * worker succeeds. axe-core checks the instances list and the instance page.
 */
class OperateBrowserTest {

  private static final String PASSWORD = DemoParticipants.DEMO_PASSWORD;

  @TempDir static Path dataDirectory;
  @TempDir Path profile;

  private static KringloopInstance kringloop;
  private static IncidentProcess process;
  private static String base;
  private ChromeDriver browser;

  @BeforeAll
  static void start() {
    kringloop = KringloopInstance.startOn(dataDirectory);
    process = new IncidentProcess(kringloop);
    process.deploy();
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
  void processOwnerFindsTheIncidentSeesItOnTheDiagramRetriesItAndWatchesTheInstanceComplete() {
    // given
    long instance = process.startWithIncident("CE-2027");
    browser = HeadlessChromium.start(profile);
    logIn("procesbeheer");

    // when: the overview links to the instances with an incident
    browser.get(base + "/operate");
    browser.findElement(By.cssSelector("tr[data-process='" + IncidentProcess.PROCESS + "'] .kl-cell--incident a")).click();
    waitFor(By.id("instanties"));
    browser.findElement(By.cssSelector("tr[data-instance-key='" + instance + "'] a")).click();

    // then: the diagram marks the service task with its incident, the incident shows its job
    waitFor(By.cssSelector("#diagram[data-loaded='true']"));
    assertThat(browser.findElements(By.cssSelector("#diagram .djs-element.kl-incident[data-element-id='"
        + IncidentProcess.TASK + "']"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("#diagram .kl-count--incident")).getText()).isEqualTo("1");
    WebElement incident = browser.findElement(By.cssSelector("article.kl-incident-card"));
    assertThat(incident.getText()).contains(IncidentProcess.ERROR).contains(IncidentProcess.JOB).contains("Rapport maken");

    // when: the process owner retries, and the worker now succeeds
    incident.findElement(By.cssSelector("button.kl-retry")).click();
    waitFor(By.id("gelukt"));
    assertThat(process.incidents(instance)).allSatisfy(i -> assertThat(i.getState().name()).isEqualTo("RESOLVED"));
    process.completeJob(instance);
    browser.navigate().refresh();

    // then
    waitFor(By.cssSelector("#diagram[data-loaded='true']"));
    assertThat(browser.findElement(By.id("status")).getText()).contains("afgerond");
    assertThat(browser.findElements(By.cssSelector("article.kl-incident-card"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#diagram .djs-connection.kl-taken"))).hasSize(2);
    assertThat(browser.findElement(By.cssSelector("#audit tr[data-action='INCIDENT_OPNIEUW']")).getText())
        .contains("procesbeheer");
    assertThat(process.state(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void processOwnerFiltersTheInstancesByYearAndIncident() {
    // given
    long withIncident = process.startWithIncident("CE-2028");
    long running = process.start("CE-2028");
    long otherYear = process.start("CE-2029");
    browser = HeadlessChromium.start(profile);
    logIn("procesbeheer");

    // when
    browser.get(base + "/operate/instanties");
    browser.findElement(By.id("jaar")).sendKeys("CE-2028");
    browser.findElement(By.id("zoeken")).click();
    waitFor(By.id("instanties"));
    String byYear = browser.findElement(By.id("instanties")).getText();
    browser.findElement(By.id("incident")).click();
    browser.findElement(By.id("zoeken")).click();
    waitFor(By.id("instanties"));

    // then
    assertThat(byYear).contains(String.valueOf(withIncident)).contains(String.valueOf(running))
        .doesNotContain(String.valueOf(otherYear));
    assertThat(browser.findElements(By.cssSelector("tr[data-instance-key]"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("tr[data-instance-key='" + withIncident + "']"))).hasSize(1);
  }

  @Test
  void instancesListAndInstancePageHaveNoSeriousOrCriticalAccessibilityViolations() {
    // given
    long instance = process.startWithIncident("CE-2027");
    browser = HeadlessChromium.start(profile);
    logIn("procesbeheer");

    // when
    browser.get(base + "/operate/instanties");
    waitFor(By.id("instanties"));
    var list = HeadlessChromium.axe(browser);
    browser.get(base + "/operate/instanties/" + instance);
    waitFor(By.cssSelector("#diagram[data-loaded='true']"));
    var detail = HeadlessChromium.axe(browser);

    // then
    assertThat(HeadlessChromium.seriousOrCritical(list)).as("instances list").isEmpty();
    assertThat(HeadlessChromium.seriousOrCritical(detail)).as("instance page").isEmpty();
  }

  private void logIn(String username) {
    HeadlessChromium.logIn(browser, base, username, PASSWORD);
  }

  private WebElement waitFor(By locator) {
    return HeadlessChromium.waitFor(browser, locator);
  }
}
