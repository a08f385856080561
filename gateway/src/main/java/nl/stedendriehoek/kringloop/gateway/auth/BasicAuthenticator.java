package nl.stedendriehoek.kringloop.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * HTTP basic credentials against configured users whose passwords are stored BCrypt-hashed. A
 * BCrypt check costs tens of milliseconds by design, and workers send the same credentials on
 * every poll, so a successful check is remembered by the SHA-256 of the header value (never the
 * password itself) until the configuration changes (a restart).
 */
final class BasicAuthenticator implements Authenticator {

  private static final int REMEMBERED = 1000;

  private final Map<String, String> passwordHashes;
  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  BasicAuthenticator(Map<String, String> passwordHashes) {
    if (passwordHashes.isEmpty()) {
      throw new IllegalStateException("kringloop.gateway.auth.method=basic needs at least one user: "
          + "kringloop.gateway.auth.basic.users.<name>=<BCrypt hash of the password>");
    }
    passwordHashes.forEach((user, hash) -> {
      if (hash == null || !hash.matches("\\$2[aby]?\\$\\d\\d\\$.{53}")) {
        throw new IllegalStateException("The password of API user '" + user
            + "' (kringloop.gateway.auth.basic.users." + user + ") must be a BCrypt hash ($2a$…), not a plain password");
      }
    });
    this.passwordHashes = Map.copyOf(passwordHashes);
  }

  @Override
  public String authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      throw new AuthenticationException("Expected HTTP basic credentials (Authorization: Basic …)");
    }
    String decoded = decode(authorization.substring(6).trim());
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new AuthenticationException("Expected basic credentials as username:password");
    }
    String user = decoded.substring(0, colon);
    String fingerprint = sha256(authorization);
    if (verified.contains(fingerprint)) {
      return user;
    }
    String hash = passwordHashes.get(user);
    if (hash == null || !bcrypt.matches(decoded.substring(colon + 1), hash)) {
      throw new AuthenticationException("Unknown user or wrong password");
    }
    if (verified.size() < REMEMBERED) {
      verified.add(fingerprint);
    }
    return user;
  }

  @Override
  public String challenge() {
    return "Basic realm=\"Kringloop\"";
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException("Expected basic credentials in Base64");
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
