package io.facetwire.api.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the pages under a strict Content Security Policy (no inline scripts, handlers or style
 * attributes), so the browser tests fail if the web code ever needs 'unsafe-inline'.
 */
@TestConfiguration
class StrictCsp {
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  @Bean
  OncePerRequestFilter strictCspFilter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
      }
    };
  }
}
