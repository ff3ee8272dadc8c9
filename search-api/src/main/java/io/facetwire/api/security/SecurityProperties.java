package io.facetwire.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings ({@code facetwire.security.*}, or {@code FACETWIRE_SECURITY_API_TOKEN} etc.).
 * Reading is open by default because Facetwire is a research tool on a trusted network; anything
 * that changes the index or reveals the app's internals is closed unless an operator chose a token.
 *
 * @param apiToken token for write requests (any method but GET/HEAD/OPTIONS) and for actuator
 *     endpoints other than health; when blank those are refused outright, so a forgotten setting
 *     fails closed
 * @param readToken when set, every {@code /api} read needs this token (or the API token) too
 * @param contentSecurityPolicy the page policy; the default allows only same-origin scripts (no
 *     inline script, no eval) and forbids framing
 */
@ConfigurationProperties("facetwire.security")
public record SecurityProperties(
    @DefaultValue("") String apiToken,
    @DefaultValue("") String readToken,
    @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy) {

  /**
   * Inline style attributes stay allowed: the date histogram sets bar widths with them, and styles
   * cannot run code. Images may be data: URLs for the API docs' icons.
   */
  public static final String DEFAULT_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  boolean writesEnabled() {
    return !apiToken.isBlank();
  }

  boolean readsProtected() {
    return !readToken.isBlank();
  }
}
