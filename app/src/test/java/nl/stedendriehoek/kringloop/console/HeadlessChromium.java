package nl.stedendriehoek.kringloop.console;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and chromedriver ({@code apt-get install chromium chromium-driver}),
 * with a fresh profile per browser, and axe-core from the console's npm dependencies.
 */
final class HeadlessChromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of("..", "console", "node_modules", "axe-core", "axe.min.js");

  private HeadlessChromium() {}

  static ChromeDriver start(Path profile) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + " (Debian: apt-get install chromium chromium-driver)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1024", "--lang=nl", "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** A violation axe-core found, with the CSS selectors of the offending nodes. */
  record Violation(String id, String impact, String help, List<String> targets) {}

  /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page. */
  static List<Violation> axe(ChromeDriver driver) {
    if (!Files.isReadable(AXE)) {
      throw new IllegalStateException("No axe-core at " + AXE.toAbsolutePath() + ": build the console first (npm ci)");
    }
    try {
      JavascriptExecutor js = driver;
      js.executeScript(Files.readString(AXE));
      Object result = js.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
            .then(r => done(JSON.stringify(r.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help,
              targets: v.nodes.map(n => n.target.join(' '))})))))
            .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}])));
          """);
      return new ObjectMapper().readValue(String.valueOf(result), new TypeReference<List<Violation>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Violation> seriousOrCritical(List<Violation> violations) {
    return violations.stream().filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact())).toList();
  }

  /** Logs in through the console's login form and waits for the Tasklist, where a login lands. */
  static void logIn(ChromeDriver driver, String base, String username, String password) {
    driver.get(base + "/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form.kl-form button[type='submit']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/tasklist"));
    waitFor(driver, By.cssSelector("main h1"));
  }

  /** The element once it is visible (at most 15 s). */
  static WebElement waitFor(ChromeDriver driver, By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }
}
