package nl.stedendriehoek.kringloop.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import nl.stedendriehoek.kringloop.workers.decision.DecisionGate;
import nl.stedendriehoek.kringloop.workers.decision.DecisionOutcome;
import nl.stedendriehoek.kringloop.workers.decision.DecisionRequest;
import nl.stedendriehoek.kringloop.workers.decision.DecisionService;
import nl.stedendriehoek.kringloop.workers.focus.FocusPointDraft;
import nl.stedendriehoek.kringloop.workers.focus.FocusService;
import nl.stedendriehoek.kringloop.workers.participant.DemoParticipants;
import nl.stedendriehoek.kringloop.workers.scan.ScanService;
import nl.stedendriehoek.kringloop.workers.year.YearRegistration;
import nl.stedendriehoek.kringloop.workers.year.YearService;
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
 * The year dashboard of a demo year, in headless Chromium: the scan heatmap and the decisions
 * register show what the domain recorded (seeded through the workers' own services), the CSV
 * exports carry the same, and axe-core finds no serious or critical problems.
 */
class YearDashboardBrowserTest {

  private static final String PASSWORD = DemoParticipants.DEMO_PASSWORD;
  private static final String YEAR = "CE-2031";

  @TempDir static Path dataDirectory;
  @TempDir Path profile;

  private static KringloopInstance kringloop;
  private static String base;
  private ChromeDriver browser;

  @BeforeAll
  static void start() {
    kringloop = KringloopInstance.startOn(dataDirectory);
    base = "http://127.0.0.1:" + ((WebServerApplicationContext) kringloop.context()).getWebServer().getPort();
    seedDemoYear();
  }

  private static void seedDemoYear() {
    var context = kringloop.context();
    var registered = context.getBean(YearService.class).register(new YearRegistration(YEAR,
        List.of("apeldoorn", "brummen", "deventer", "epe", "heerde", "lochem", "voorst", "zutphen"),
        LocalDate.of(2031, 2, 14), LocalDate.of(2031, 3, 31), LocalDate.of(2031, 12, 31), "maandelijks"));
    assertThat(registered.errors()).isEmpty();
    ScanService scans = context.getBean(ScanService.class);
    assertThat(scans.record(YEAR, "deventer", answers(new int[] {5, 3, 2, 4, 1, 3},
        new String[] {"trekker", "deelnemer", "volger", "trekker", "niet", "deelnemer"}))).isEmpty();
    assertThat(scans.record(YEAR, "zutphen", answers(new int[] {2, 4, 4, 5, 3, 1},
        new String[] {"volger", "trekker", "deelnemer", "deelnemer", "volger", "niet"}))).isEmpty();
    scans.aggregate(YEAR);
    var submission = context.getBean(FocusService.class).submit(YEAR, List.of(new FocusPointDraft(4,
        "Circulaire schoolgebouwen", "deventer", List.of("deventer", "zutphen"), List.of("epe"), "materialenpaspoort",
        List.of(3, 4))));
    assertThat(submission.errors()).isEmpty();
    var decision = context.getBean(DecisionService.class).register(new DecisionRequest(YEAR, DecisionGate.FOCUSPUNTEN,
        1, DecisionOutcome.GOEDGEKEURD, "Sluit aan bij de themascan; Deventer trekt.", null, "ab"));
    assertThat(decision.errors()).isEmpty();
  }

  private static List<Map<String, Object>> answers(int[] relevance, String[] roles) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int theme = 1; theme <= 6; theme++) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("thema", theme);
      answer.put("relevantie", relevance[theme - 1]);
      answer.put("rol", roles[theme - 1]);
      answer.put("capaciteitUren", 8 * theme);
      answers.add(answer);
    }
    return answers;
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
  void dashboardOfTheYearShowsTheScanHeatmapAndTheDecisions() {
    // given
    browser = HeadlessChromium.start(profile);
    logIn("deventer");

    // when
    browser.get(base + "/dashboard?jaar=" + YEAR);

    // then
    WebElement deventer = waitFor(By.cssSelector("#heatmap-tabel tr[data-municipality='deventer']"));
    assertThat(deventer.getText()).contains("Deventer").contains("5 – trekker").contains("1 – niet");
    assertThat(browser.findElement(By.cssSelector("#heatmap-tabel tr[data-municipality='epe']")).getText())
        .contains("niet ingevuld");
    assertThat(browser.findElements(By.cssSelector("#heatmap rect.kl-heatcell-5"))).hasSize(2);
    WebElement decision = browser.findElement(By.cssSelector("#besluiten-tabel tr[data-gate='FOCUSPUNTEN']"));
    assertThat(decision.getText()).contains("Focuspunten").contains("goedgekeurd").contains("Deventer trekt");
    assertThat(browser.findElement(By.id("deelname")).getText()).contains("Circulaire schoolgebouwen")
        .contains("trekker").contains("doet mee aan onderdelen");
    assertThat(browser.findElement(By.id("fasen")).getText()).contains("Focusvoorstel");
    assertThat(browser.findElement(By.id("resultaten")).getText()).contains("Nog geen gegevens");
  }

  @Test
  void dashboardCountsTheYearsOpenAndOverdueTasksPerMunicipalityAndListsItsIncidents() {
    // given
    TestProcesses tasks = new TestProcesses(kringloop);
    tasks.deploy("test-dashboard-deventer", "Voortgang Deventer (test)", "Voortgang melden", "gemeente-deventer",
        "2020-01-01T00:00:00Z");
    tasks.start("test-dashboard-deventer", YEAR);
    tasks.start("test-dashboard-deventer", "CE-2030");
    IncidentProcess failing = new IncidentProcess(kringloop);
    failing.deploy();
    long withIncident = failing.startWithIncident(YEAR);
    ConsoleSession kwartiermaker = ConsoleSession.loggedIn(kringloop, "kwartiermaker", PASSWORD);

    // when
    String page = kwartiermaker.get("/dashboard?jaar=" + YEAR).body();

    // then
    assertThat(page).containsPattern("data-municipality=\"deventer\">\\s*<th[^>]*>Deventer</th>\\s*"
        + "<td[^>]*>1</td>\\s*<td[^>]*>1</td>");
    assertThat(page).containsPattern("data-municipality=\"zutphen\">\\s*<th[^>]*>Zutphen</th>\\s*"
        + "<td[^>]*>0</td>\\s*<td[^>]*>0</td>");
    assertThat(page).contains("/operate/instanties/" + withIncident).contains(IncidentProcess.ERROR);
  }

  @Test
  void decisionsRegisterAndHeatmapExportAsCsv() {
    // given
    ConsoleSession session = ConsoleSession.loggedIn(kringloop, "ab", PASSWORD);

    // when
    HttpResponse<String> decisions = session.get("/dashboard/besluiten.csv?jaar=" + YEAR);
    HttpResponse<String> heatmap = session.get("/dashboard/heatmap.csv?jaar=" + YEAR);
    HttpResponse<String> unknown = session.get("/dashboard/heatmap.csv?jaar=CE-1900");

    // then
    assertThat(decisions.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(decisions.headers().firstValue("Content-Disposition").orElse("")).contains("besluiten-" + YEAR + ".csv");
    assertThat(decisions.body().lines().toList()).hasSize(2);
    assertThat(decisions.body()).contains(YEAR + ";FOCUSPUNTEN;1;GOEDGEKEURD;")
        .contains(";ab;\"Sluit aan bij de themascan; Deventer trekt.\";");
    assertThat(heatmap.body().lines().toList()).hasSize(1 + 8 * 6);
    assertThat(heatmap.body()).contains("Deventer;1;").contains(";5;trekker;8");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void dashboardHasNoSeriousOrCriticalAccessibilityViolations() {
    // given
    browser = HeadlessChromium.start(profile);
    logIn("kwartiermaker");

    // when
    browser.get(base + "/dashboard?jaar=" + YEAR);
    waitFor(By.id("heatmap-tabel"));
    var violations = HeadlessChromium.axe(browser);

    // then
    assertThat(HeadlessChromium.seriousOrCritical(violations)).isEmpty();
  }

  private void logIn(String username) {
    HeadlessChromium.logIn(browser, base, username, PASSWORD);
  }

  private WebElement waitFor(By locator) {
    return HeadlessChromium.waitFor(browser, locator);
  }
}
