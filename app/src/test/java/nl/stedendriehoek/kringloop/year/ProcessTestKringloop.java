package nl.stedendriehoek.kringloop.year;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import nl.stedendriehoek.kringloop.support.KringloopInstance;

/**
 * The whole app (engine, gateway, the real workers, console) started once per JVM for the process
 * tests, with the test endpoints on so that Camunda Process Test can move the clock and purge the
 * engine after each test. The domain database is not purged: each test uses a year of its own.
 */
final class ProcessTestKringloop {

  private static KringloopInstance instance;

  private ProcessTestKringloop() {}

  static synchronized KringloopInstance get() {
    if (instance == null) {
      instance = KringloopInstance.start(Map.of(
          "kringloop.data-dir", temporaryDirectory(),
          "kringloop.database.durable", "false",
          "kringloop.gateway.test-endpoints", "true",
          // The tests deploy the models themselves: the purge after each test removes them.
          "kringloop.models.deploy", "false"));
      KringloopInstance started = instance;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return instance;
  }

  static URI restAddress() {
    return URI.create(get().context().getEnvironment().getRequiredProperty("camunda.client.rest-address"));
  }

  static URI grpcAddress() {
    return URI.create(get().context().getEnvironment().getRequiredProperty("camunda.client.grpc-address"));
  }

  static <T> T bean(Class<T> type) {
    return get().context().getBean(type);
  }

  private static String temporaryDirectory() {
    try {
      return Files.createTempDirectory("kringloop-process-test").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
