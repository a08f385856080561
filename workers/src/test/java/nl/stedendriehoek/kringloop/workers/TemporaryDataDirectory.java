package nl.stedendriehoek.kringloop.workers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import nl.stedendriehoek.kringloop.database.DataDirectoryInUseException;
import nl.stedendriehoek.kringloop.database.DataDirectoryLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A fresh data directory for the embedded PostgreSQL of one test context, deleted when the context
 * closes. The database server bean is made to depend on this bean, so Spring stops the server
 * before it deletes the directory. A context that is only closed by the JVM's shutdown hook may not
 * get that far; such directories are swept by a later run.
 */
final class TemporaryDataDirectory implements DisposableBean {

  static final String BEAN = "testDataDirectoryCleanup";
  private static final String PREFIX = "kringloop-workers-test-";
  private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
  private static final String SERVER_BEAN = "embeddedPostgresServer";

  private final Path directory;

  private TemporaryDataDirectory(Path directory) {
    this.directory = directory;
  }

  static BeanFactoryPostProcessor installer(ConfigurableEnvironment environment) {
    return beanFactory -> {
      TemporaryDataDirectory data = new TemporaryDataDirectory(create());
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource(BEAN, Map.of("kringloop.data-dir", data.directory.toString())));
      ((DefaultListableBeanFactory) beanFactory).registerSingleton(BEAN, data);
      ((DefaultListableBeanFactory) beanFactory).registerDisposableBean(BEAN, data);
      if (beanFactory.containsBeanDefinition(SERVER_BEAN)) {
        BeanDefinition server = beanFactory.getBeanDefinition(SERVER_BEAN);
        server.setDependsOn(BEAN);
      }
    };
  }

  private static Path create() {
    try {
      sweepAbandoned();
      return Files.createTempDirectory(PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void destroy() throws IOException {
    delete(directory);
  }

  /**
   * Removes directories of earlier runs whose context was not closed (e.g. the JVM exited before
   * its shutdown hook finished): older than {@link #ABANDONED_AFTER} and not locked by a live
   * process.
   */
  private static void sweepAbandoned() throws IOException {
    Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
    try (Stream<Path> candidates = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      for (Path candidate :
          candidates.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
        if (Files.getLastModifiedTime(candidate).toInstant().isBefore(cutoff)) {
          try (DataDirectoryLock unused = DataDirectoryLock.acquire(candidate)) {
            // nobody uses it
          } catch (DataDirectoryInUseException inUse) {
            continue;
          }
          delete(candidate);
        }
      }
    }
  }

  private static void delete(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
