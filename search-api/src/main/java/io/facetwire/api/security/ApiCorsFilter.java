package io.facetwire.api.security;

import io.facetwire.api.error.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for {@code /api}, answered in front of {@link ApiTokenFilter}: a browser's preflight never
 * carries the token, so a preflight that reached the token check got 401 without CORS headers and
 * an allowed origin could never call a read-protected API. The preflight needs no token; the actual
 * request still does, and its 401 carries the CORS headers so the page can read it. Origins not
 * listed get a 403 problem and no allow headers. Off (the filter passes everything) unless origins
 * are configured.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 18)
class ApiCorsFilter extends CorsFilter {
  private final boolean enabled;

  ApiCorsFilter(CorsProperties cors) {
    super(source(cors.allowedOrigins()));
    this.enabled = !cors.allowedOrigins().isEmpty();
    setCorsProcessor(new ProblemCorsProcessor());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !enabled;
  }

  private static UrlBasedCorsConfigurationSource source(List<String> origins) {
    CorsConfiguration api = new CorsConfiguration();
    api.setAllowedOrigins(origins);
    api.setAllowedMethods(List.of("GET", "HEAD"));
    api.setAllowedHeaders(List.of("Authorization", "X-API-Token", "If-None-Match"));
    // A script on another origin reads an export's provenance, and how long a 429 asks it to wait.
    api.setExposedHeaders(
        List.of("ETag", "Content-Disposition", "Facetwire-Provenance", "Retry-After"));
    api.setMaxAge(3600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!origins.isEmpty()) source.registerCorsConfiguration("/api/**", api);
    return source;
  }

  /**
   * Spring's processor, refusing with a problem instead of a plain-text "Invalid CORS request", and
   * refusing a preflight outside {@code /api} too (Spring's filter would answer it with an empty
   * 200).
   */
  private static final class ProblemCorsProcessor extends DefaultCorsProcessor {
    @Override
    public boolean processRequest(
        CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (config == null && CorsUtils.isPreFlightRequest(request)) {
        rejectRequest(new ServletServerHttpResponse(response));
        return false;
      }
      return super.processRequest(config, request, response);
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      HttpServletResponse servlet = ((ServletServerHttpResponse) response).getServletResponse();
      Problems.write(
          servlet,
          HttpServletResponse.SC_FORBIDDEN,
          "Forbidden",
          "this origin, method or header is not allowed to call the API from a browser "
              + "(facetwire.cors.allowed-origins)");
    }
  }
}
