package nl.stedendriehoek.kringloop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.stedendriehoek.kringloop.KringloopApplication;

/**
 * The app in a JVM of its own, started like {@code java -jar} with command-line arguments, so a
 * test can read what an operator would see on the console, or kill it without a shutdown.
 */
public final class SeparateJvm implements AutoCloseable {

  private final Process process;
  private final Path output;

  private SeparateJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  public static SeparateJvm start(Path workDirectory, List<String> arguments) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(KringloopApplication.class.getName());
    command.addAll(arguments);
    Path output = workDirectory.resolve("console-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(workDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    return new SeparateJvm(process, output);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the process to end by itself and returns its exit code. */
  public int awaitExit(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("The app did not exit within " + seconds + " s:\n" + output());
    }
    return process.exitValue();
  }

  /** SIGKILL: no shutdown hook runs, exactly like a crash of the JVM. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public String output() {
    try {
      return Files.readString(output);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
