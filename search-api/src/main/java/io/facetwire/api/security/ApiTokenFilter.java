package io.facetwire.api.security;

import io.facetwire.api.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards what must not be open: requests that could change state (every method but GET, HEAD and
 * OPTIONS), actuator endpoints other than health, and, when a read token is configured, the read
 * API. A servlet filter rather than Spring Security because the rule is this one page, and because
 * it must cover actuator endpoints, which MVC interceptors do not see. The path is the container's
 * decoded, normalised servlet path, so {@code /actuator/health/../env} or {@code //actuator/env}
 * cannot sneak by.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiTokenFilter extends OncePerRequestFilter {
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private final SecurityProperties properties;

  ApiTokenFilter(SecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean admin = !SAFE_METHODS.contains(request.getMethod()) || isProtectedActuator(path);
    if (admin) {
      if (!properties.writesEnabled()) {
        deny(
            response,
            HttpStatus.FORBIDDEN,
            "this operation is disabled: the server has no API token configured "
                + "(facetwire.security.api-token)");
        return;
      }
      if (!matches(presented(request), properties.apiToken())) {
        deny(
            response,
            HttpStatus.UNAUTHORIZED,
            "this operation needs the API token (Authorization: Bearer <token>)");
        return;
      }
    } else if (properties.readsProtected() && path.startsWith("/api/")) {
      String token = presented(request);
      boolean ok =
          matches(token, properties.readToken())
              || (properties.writesEnabled() && matches(token, properties.apiToken()));
      if (!ok) {
        deny(
            response,
            HttpStatus.UNAUTHORIZED,
            "this API needs a token (Authorization: Bearer <token>)");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static boolean isProtectedActuator(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (!p.equals("/actuator") && !p.startsWith("/actuator/")) return false;
    return !(p.equals("/actuator/health") || p.startsWith("/actuator/health/"));
  }

  /** The token from {@code Authorization: Bearer ...} or {@code X-API-Token}. */
  private static String presented(HttpServletRequest request) {
    String auth = request.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7))
      return auth.substring(7).strip();
    String header = request.getHeader("X-API-Token");
    return header == null ? null : header.strip();
  }

  /** Constant-time, so response timing does not reveal how much of a guess was right. */
  private static boolean matches(String presented, String expected) {
    if (presented == null || expected.isBlank()) return false;
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private static void deny(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    if (status == HttpStatus.UNAUTHORIZED)
      response.setHeader("WWW-Authenticate", "Bearer realm=\"facetwire\"");
    Problems.write(
        response,
        status.value(),
        status == HttpStatus.UNAUTHORIZED ? "Token required" : "Forbidden",
        detail);
  }
}
