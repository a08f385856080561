package nl.stedendriehoek.kringloop.gateway.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Raw HTTP against {@code /v2}, for what the client never sends (malformed or mistyped bodies). */
public final class Rest {

  private Rest() {}

  public static HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(Clock.uri(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json,application/problem+json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return Clock.send(request);
  }
}
