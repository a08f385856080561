package nl.stedendriehoek.kringloop.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal OAuth2 identity provider on loopback for tests: a freshly generated RSA key, its JWK
 * set at {@code /jwks}, and a client-credentials token endpoint at {@code /token} that signs a JWT
 * for the requested audience when the client id and secret match.
 */
public final class LocalIdentityProvider implements AutoCloseable {

  private final RSAKey key;
  private final HttpServer server;
  private final String clientId;
  private final String clientSecret;

  public LocalIdentityProvider(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    try {
      key = new RSAKeyGenerator(2048).keyID("test-key").generate();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/jwks", exchange -> answer(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
    server.createContext("/token", this::token);
    server.start();
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String jwkSetUri() {
    return issuer() + "/jwks";
  }

  public String tokenUri() {
    return issuer() + "/token";
  }

  /** A token signed with this provider's key, for {@code audience}, expiring at {@code expiry}. */
  public String token(String subject, String audience, Instant expiry) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
          new JWTClaimsSet.Builder().issuer(issuer()).subject(subject).audience(audience)
              .issueTime(new Date()).expirationTime(Date.from(expiry)).build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = new HashMap<>();
    for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
      answer(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    String token = token(clientId, form.getOrDefault("audience", ""), Instant.now().plusSeconds(300));
    answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
