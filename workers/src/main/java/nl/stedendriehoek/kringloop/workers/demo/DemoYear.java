package nl.stedendriehoek.kringloop.workers.demo;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import nl.stedendriehoek.kringloop.workers.DomainClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo year of the embedded default: once the app is up (models deployed, demo participants
 * created), the current year is played in the background by simulated users from the theme scan to
 * the go/no-go, so a newcomer finds scans, two rounds of the focus proposal, advice, AB decisions,
 * project plans, meetings with their minutes, delivered projects, the evaluation and the next year
 * waiting for its theme scan in the Tasklist, Operate and the dashboard within a minute or two
 * ({@link DemoYearScript} says where it rests). A restart continues where it stopped and never
 * starts a second year. {@code kringloop.demo-year.until=execution} rests with the projects
 * running instead. Off with {@code kringloop.demo-year.enabled=false}, an external database, or
 * when the app does not deploy its models.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${kringloop.demo-data.enabled:true}"
    + " and ${kringloop.demo-year.enabled:true} and ${kringloop.models.deploy:true}"
    + " and ${camunda.client.enabled:true}")
@Order(Ordered.LOWEST_PRECEDENCE)
public class DemoYear implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoYear.class);
  static final Duration PATIENCE = Duration.ofMinutes(5);

  private final DemoYearPlayer player;
  private final CompletableFuture<Boolean> played = new CompletableFuture<>();

  public DemoYear(CamundaClient camunda, ObjectProvider<Clock> clocks,
      @Value("${kringloop.demo-year.until:next-year}") String until) {
    this.player = new DemoYearPlayer(camunda, DomainClock.of(clocks), DemoYearEnd.of(until));
  }

  @Override
  public void run(ApplicationArguments args) {
    Thread thread = new Thread(this::play, "kringloop-demo-year");
    thread.setDaemon(true);
    thread.start();
  }

  /** Completes with true once the script is done, false when it gave up. */
  public CompletableFuture<Boolean> played() {
    return played;
  }

  /** The year the demo plays, e.g. CE-2026 (known for sure once {@link #played()} completed). */
  public String year() {
    return player.year();
  }

  private void play() {
    try {
      played.complete(player.play(PATIENCE));
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      played.complete(false);
    } catch (RuntimeException e) {
      log.warn("Demo year stopped: {}", e.getMessage());
      played.complete(false);
    }
  }
}
