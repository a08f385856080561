package nl.stedendriehoek.kringloop.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Drives the engine clock through {@code /actuator/clock}, as Camunda Process Test does. */
public final class Clock {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Clock() {}

  public static HttpResponse<String> add(Duration offset) {
    return send(HttpRequest.newBuilder(uri("/actuator/clock/add")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"offsetMilli\":" + offset.toMillis() + "}")));
  }

  public static HttpResponse<String> reset() {
    return send(HttpRequest.newBuilder(uri("/actuator/clock")).DELETE());
  }

  public static HttpResponse<String> get() {
    return send(HttpRequest.newBuilder(uri("/actuator/clock")).GET());
  }

  static URI uri(String path) {
    return URI.create(EmbeddedKringloop.get().restAddress() + path);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
