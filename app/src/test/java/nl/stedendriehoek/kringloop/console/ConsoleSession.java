package nl.stedendriehoek.kringloop.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.support.KringloopInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * One person's browser session over plain HTTP: a cookie jar, no automatic redirects, and the CSRF
 * token of the last page it saw, sent with every POST as the console's forms do.
 */
final class ConsoleSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String csrf;

  private ConsoleSession(KringloopInstance kringloop) {
    int port = ((WebServerApplicationContext) kringloop.context()).getWebServer().getPort();
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  static ConsoleSession anonymous(KringloopInstance kringloop) {
    return new ConsoleSession(kringloop);
  }

  /** Logs in through the login form; fails the test when the login is refused. */
  static ConsoleSession loggedIn(KringloopInstance kringloop, String username, String password) {
    ConsoleSession session = new ConsoleSession(kringloop);
    HttpResponse<String> response = session.login(username, password);
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("fout")) {
      throw new AssertionError("Login of " + username + " refused: " + response.statusCode() + " " + location);
    }
    return session;
  }

  HttpResponse<String> login(String username, String password) {
    get("/login");
    return post("/login", Map.of("username", username, "password", password));
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    remember(response);
    return response;
  }

  /** Posts the form fields with the CSRF token of the last page. */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, all);
  }

  /** Posts exactly the given fields (no CSRF token added). */
  HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    remember(response);
    return response;
  }

  /** Posts a JSON body, as the Camunda client does against {@code /v2}. */
  HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No session cookie"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(HttpResponse<String> response) {
    Matcher matcher = CSRF.matcher(response.body());
    if (matcher.find()) {
      csrf = matcher.group(1);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
