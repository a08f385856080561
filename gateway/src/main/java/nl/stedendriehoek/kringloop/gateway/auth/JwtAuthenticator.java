package nl.stedendriehoek.kringloop.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Set;

/**
 * OAuth2/OIDC bearer tokens as the Camunda client obtains them (client credentials): a JWT signed
 * with a key from the identity provider's JWK set (fetched and cached, refreshed when an unknown
 * key id appears), issued by the configured issuer, for the configured audience, not expired.
 */
final class JwtAuthenticator implements Authenticator {

  private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  JwtAuthenticator(String issuer, String jwkSetUri, String audience) {
    if (isBlank(issuer) || isBlank(jwkSetUri) || isBlank(audience)) {
      throw new IllegalStateException("kringloop.gateway.auth.method=oidc needs kringloop.gateway.auth.oidc.issuer-uri, "
          + ".jwk-set-uri and .audience");
    }
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.create(URI.create(jwkSetUri).toURL()).retrying(true).build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("kringloop.gateway.auth.oidc.jwk-set-uri is not a URL: " + jwkSetUri, e);
    }
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
        Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256),
        keys));
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
        new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp")));
  }

  @Override
  public String authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new AuthenticationException("Expected a bearer token (Authorization: Bearer …)");
    }
    try {
      return processor.process(authorization.substring(7).trim(), null).getSubject();
    } catch (ParseException e) {
      throw new AuthenticationException("The bearer token is not a JWT");
    } catch (BadJOSEException e) {
      throw new AuthenticationException("The bearer token is not accepted: " + e.getMessage());
    } catch (JOSEException e) {
      throw new AuthenticationException("The bearer token could not be verified: " + e.getMessage());
    }
  }

  @Override
  public String challenge() {
    return "Bearer";
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
