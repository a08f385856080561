package nl.stedendriehoek.kringloop.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.stedendriehoek.kringloop.KringloopApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The whole app started in this JVM, as {@code java -jar kringloop.jar} would start it, on a data
 * directory of the test's choosing and a free HTTP port. Close it to stop it (and its PostgreSQL).
 */
public final class KringloopInstance implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private KringloopInstance(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static KringloopInstance startOn(Path dataDirectory) {
    return start(Map.of("kringloop.data-dir", dataDirectory.toString()));
  }

  public static KringloopInstance start(Map<String, String> properties) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("server.port", "0");
    all.put("kringloop.gateway.grpc.port", "0");
    // The demo year plays in the background; tests that want it switch it on.
    all.put("kringloop.demo-year.enabled", "false");
    all.putAll(properties);
    // Command-line arguments, as an operator would pass them: they outrank application.properties.
    String[] arguments =
        all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(KringloopApplication.class).run(arguments);
    return new KringloopInstance(context);
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public JdbcClient jdbc() {
    return context.getBean(JdbcClient.class);
  }

  public RestClient http() {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return RestClient.create("http://127.0.0.1:" + port);
  }

  @Override
  public void close() {
    context.close();
  }
}
