package nl.stedendriehoek.kringloop.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by a Kringloop instance that was killed (kill -9, power cut of
 * the JVM only): the JVM's shutdown hook never ran, so its postmaster still owns the cluster. Only
 * called while holding the {@link DataDirectoryLock}, so such a postmaster cannot belong to a live
 * instance. It is asked to shut down fast (SIGINT equivalent is not available from Java; SIGTERM is
 * PostgreSQL's "smart" shutdown, which finishes as soon as the dead instance's connections are
 * gone). Committed data is safe either way: PostgreSQL recovers from its WAL.
 */
final class OrphanedPostmaster {

  private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
  private static final Duration GRACE = Duration.ofSeconds(30);

  private OrphanedPostmaster() {}

  static void stopIfRunning(Path cluster) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> postmaster = postmasterOf(pidFile);
    if (postmaster.isEmpty()) {
      return;
    }
    ProcessHandle process = postmaster.get();
    log.warn(
        "Found PostgreSQL (pid {}) still running on {} from an instance that did not shut down;"
            + " stopping it before starting again",
        process.pid(),
        cluster.toAbsolutePath());
    process.destroy();
    try {
      process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception timeoutOrInterrupt) {
      log.warn("PostgreSQL pid {} did not stop within {}; killing it", process.pid(), GRACE);
      process.destroyForcibly();
      process.onExit().join();
    }
  }

  private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }
}
